package kr.gongyu.allocation;

/** Where a round is: taking applications, waiting for its draw, drawn, or called off. */
public enum LotteryStatus {
    OPEN,
    CLOSED,
    DRAWN,
    CANCELLED
}
