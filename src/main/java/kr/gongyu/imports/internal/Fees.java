package kr.gongyu.imports.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import kr.gongyu.catalog.Fee;
import kr.gongyu.catalog.FeeUnit;
import org.jspecify.annotations.Nullable;

/**
 * What a facility charges, from 유료사용여부 (Y/N, 유료/무료…) and the free text of 사용료 ("무료", "실비", "1시간당
 * 10,000원", "1일 5만원", "2시간 20,000원"). When the two disagree the resource is taken as paid, with a warning:
 * a citizen told "free" and then charged is worse off than one told to ask.
 */
public final class Fees {

    /** Free, or paid with a fee or without one (실비, or an amount the text does not give). */
    public record Terms(boolean free, @Nullable Fee fee, List<String> warnings) {}

    private enum Paid {
        YES,
        NO,
        UNKNOWN
    }

    private static final Set<String> YES = Set.of("Y", "YES", "예", "유", "유료", "O", "TRUE", "1");
    private static final Set<String> NO = Set.of("N", "NO", "아니오", "아니요", "무", "무료", "X", "FALSE", "0");
    private static final Set<String> NOTHING = Set.of("무료", "없음", "0", "0원", "-", "해당없음");
    private static final Pattern MAN = Pattern.compile("(\\d[\\d,]*)\\s*만\\s*(?:(\\d[\\d,]*)\\s*천)?\\s*원?");
    private static final Pattern CHEON = Pattern.compile("(\\d[\\d,]*)\\s*천\\s*원");
    private static final Pattern WON = Pattern.compile("(\\d[\\d,]*)\\s*원");
    private static final Pattern NUMBER = Pattern.compile("^\\d[\\d,]*$");
    private static final Pattern HOURS = Pattern.compile("(\\d+)\\s*시간");
    private static final Pattern DAY = Pattern.compile("\\d+\\s*일(?!요)|하루|일일|일당|종일");
    private static final Pattern SESSION = Pattern.compile("회|건");
    private static final Pattern UNIT = Pattern.compile("\\d*\\s*(대|개|인|명)\\s*당|\\d+\\s*(대|개|인|명)(?![가-힣])");

    private Fees() {}

    public static Terms read(String paidCell, String feeCell) {
        var warnings = new ArrayList<String>();
        var paid = paid(paidCell, warnings);
        var text = feeCell.strip();
        if (text.isEmpty()) {
            return switch (paid) {
                case NO -> new Terms(true, null, warnings);
                case YES -> paidWithout("사용료가 비어 있어 금액 없이 유료로 두었습니다", warnings);
                case UNKNOWN -> paidWithout("유료사용여부와 사용료가 비어 있어 금액 없이 유료로 두었습니다", warnings);
            };
        }
        if (NOTHING.contains(text.replace(" ", ""))) {
            if (paid == Paid.YES) {
                return paidWithout("유료사용여부는 유료인데 사용료는 '" + text + "'여서 금액 없이 유료로 두었습니다", warnings);
            }
            return new Terms(true, null, warnings);
        }
        var fee = amount(text, warnings);
        if (fee == null) {
            if (!text.contains("실비")) {
                warnings.add("사용료에서 금액을 읽지 못해 금액 없이 유료로 두었습니다: '" + text + "'");
            }
            return new Terms(false, null, warnings);
        }
        if (paid == Paid.NO) {
            warnings.add("유료사용여부는 무료인데 사용료에 금액이 있어 유료로 두었습니다");
        }
        return new Terms(fee.amount() == 0 && paid != Paid.YES, fee.amount() == 0 ? null : fee, warnings);
    }

    private static Terms paidWithout(String warning, List<String> warnings) {
        warnings.add(warning);
        return new Terms(false, null, warnings);
    }

    private static Paid paid(String cell, List<String> warnings) {
        var text = cell.strip().toUpperCase(Locale.ROOT);
        if (text.isEmpty()) {
            return Paid.UNKNOWN;
        }
        if (YES.contains(text)) {
            return Paid.YES;
        }
        if (NO.contains(text)) {
            return Paid.NO;
        }
        warnings.add("유료사용여부 '" + cell.strip() + "'을(를) 읽지 못해 사용료로 판단했습니다 (Y 또는 N)");
        return Paid.UNKNOWN;
    }

    /** The first amount of the text and its unit; null when it has none. */
    private static @Nullable Fee amount(String text, List<String> warnings) {
        long amount;
        int at;
        var man = MAN.matcher(text);
        var cheon = CHEON.matcher(text);
        var won = WON.matcher(text);
        if (man.find()) {
            amount = number(man.group(1)) * 10_000 + (man.group(2) == null ? 0 : number(man.group(2)) * 1_000);
            at = man.start();
        } else if (cheon.find()) {
            amount = number(cheon.group(1)) * 1_000;
            at = cheon.start();
        } else if (won.find()) {
            amount = number(won.group(1));
            at = won.start();
        } else if (NUMBER.matcher(text).matches()) {
            amount = number(text);
            at = 0;
        } else {
            return null;
        }
        if (won.reset().results().count() > 1) {
            warnings.add("사용료에 금액이 여러 개여서 첫 금액만 반영했습니다: '" + text + "'");
        }
        var before = text.substring(0, at);
        var context = before.isBlank() ? text : before;
        var hours = HOURS.matcher(context);
        if (hours.find()) {
            var per = Long.parseLong(hours.group(1));
            if (per > 1) {
                warnings.add(per + "시간 " + amount + "원을 1시간 " + amount / per + "원으로 두었습니다");
                amount = amount / per;
            }
            return new Fee(amount, FeeUnit.HOUR);
        }
        if (context.contains("시간")) {
            return new Fee(amount, FeeUnit.HOUR);
        }
        if (DAY.matcher(context).find()) {
            return new Fee(amount, FeeUnit.DAY);
        }
        if (UNIT.matcher(context).find()) {
            return new Fee(amount, FeeUnit.UNIT);
        }
        if (SESSION.matcher(context).find()) {
            return new Fee(amount, FeeUnit.SESSION);
        }
        if (amount > 0) {
            warnings.add("사용료의 단위를 알 수 없어 1회 요금으로 두었습니다: '" + text + "'");
        }
        return new Fee(amount, FeeUnit.SESSION);
    }

    private static long number(String digits) {
        var plain = digits.replace(",", "");
        return plain.length() > 12 ? Long.MAX_VALUE / 2 : Long.parseLong(plain);
    }
}
