package kr.gongyu.payment;

/** How a booking is paid: online by card or by bank transfer to a virtual account (가상계좌), or on site. */
public enum PaymentMethod {
    CARD,
    VIRTUAL_ACCOUNT,
    ON_SITE
}
