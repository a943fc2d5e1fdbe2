package kr.gongyu;

import java.util.List;

/**
 * Input that cannot be taken: every mistake found, each naming its field; nothing was written. The adapters say each
 * mistake beside its field (a page) or in the problem's {@code errors} (the API), in the reader's language.
 */
public final class InvalidInput extends RuntimeException {

    private final List<Mistake> mistakes;

    public InvalidInput(List<Mistake> mistakes) {
        super(mistakes.toString());
        this.mistakes = List.copyOf(mistakes);
    }

    public List<Mistake> mistakes() {
        return mistakes;
    }

    /**
     * One mistake: the field's path in the input ({@code site.regionCode}, {@code weekly[0].close}), and what is
     * wrong as a key of the message bundles ({@code mistake.*}) with its arguments.
     */
    public record Mistake(String field, String code, List<Object> arguments) {

        public Mistake {
            arguments = List.copyOf(arguments);
        }

        public Mistake(String field, String code) {
            this(field, code, List.of());
        }

        /** The same mistake, its field below {@code parent} in a larger input. */
        public Mistake below(String parent) {
            return new Mistake(parent + "." + field, code, arguments);
        }
    }
}
