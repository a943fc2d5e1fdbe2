package kr.gongyu.institution;

/**
 * A sharing agreement that cannot be recorded or ended as asked; {@code field} names the input at fault, and
 * {@code code} the message explaining why.
 */
public class AgreementRefused extends RuntimeException {

    private final String field;
    private final String code;

    AgreementRefused(String field, String code) {
        super(field + ": " + code);
        this.field = field;
        this.code = code;
    }

    public String field() {
        return field;
    }

    public String code() {
        return code;
    }
}
