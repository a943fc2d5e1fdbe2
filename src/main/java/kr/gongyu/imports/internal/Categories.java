package kr.gongyu.imports.internal;

import static kr.gongyu.catalog.Category.*;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import kr.gongyu.catalog.Category;

/**
 * The category of a row, from 개방시설유형구분 ("회의실", "체육시설", "기타"…) and, where that is a major class or
 * unknown, from the words of 개방장소명 and 개방시설명 ("테니스장", "대강당").
 */
public final class Categories {

    /** A category and, when it was guessed, a warning saying so. */
    public record Guess(Category category, Optional<String> warning) {}

    /** Words and the category each means, most specific first ("공영주차장" is parking, not a performance hall). */
    private static final List<Map.Entry<String, Category>> WORDS = List.of(
            Map.entry("테니스", TENNIS_COURT),
            Map.entry("풋살", FUTSAL_COURT),
            Map.entry("축구", FOOTBALL_FIELD),
            Map.entry("배드민턴", BADMINTON_COURT),
            Map.entry("탁구", TABLE_TENNIS_ROOM),
            Map.entry("수영", SWIMMING_POOL),
            Map.entry("게이트볼", GATEBALL_COURT),
            Map.entry("체육관", GYMNASIUM),
            Map.entry("운동장", SPORTS_GROUND),
            Map.entry("주차", PARKING),
            Map.entry("회의", MEETING_ROOM),
            Map.entry("세미나", MEETING_ROOM),
            Map.entry("강당", AUDITORIUM),
            Map.entry("강의", LECTURE_ROOM),
            Map.entry("교육장", LECTURE_ROOM),
            Map.entry("교육실", LECTURE_ROOM),
            Map.entry("다목적", MULTIPURPOSE_ROOM),
            Map.entry("전시", EXHIBITION_ROOM),
            Map.entry("갤러리", EXHIBITION_ROOM),
            Map.entry("공연장", PERFORMANCE_HALL),
            Map.entry("소극장", PERFORMANCE_HALL),
            Map.entry("텃밭", GARDEN),
            Map.entry("농장", GARDEN),
            Map.entry("스튜디오", STUDIO),
            Map.entry("연습", PRACTICE_ROOM),
            Map.entry("조리", KITCHEN),
            Map.entry("캠핑", CAMPSITE),
            Map.entry("야영", CAMPSITE),
            Map.entry("숙소", LODGING),
            Map.entry("숙박", LODGING),
            Map.entry("생활관", LODGING),
            Map.entry("음향", AUDIO_VISUAL_EQUIPMENT),
            Map.entry("영상", AUDIO_VISUAL_EQUIPMENT),
            Map.entry("공구", TOOLS),
            Map.entry("천막", TENT),
            Map.entry("텐트", TENT),
            Map.entry("육아", CHILDCARE_GOODS),
            Map.entry("도서", BOOKS),
            Map.entry("물품", EVENT_GOODS),
            Map.entry("강좌", COURSE_SESSION),
            Map.entry("체험", EXPERIENCE_PROGRAM),
            Map.entry("공연", PERFORMANCE_SHOW),
            Map.entry("행사", EVENT_PROGRAM));

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Categories() {}

    public static Guess of(String type, String placeName, String facilityName) {
        var folded = SPACES.matcher(type).replaceAll("");
        var exact = Category.of(folded);
        if (exact.isPresent()) {
            return new Guess(exact.get(), Optional.empty());
        }
        var byType = byWords(folded);
        if (byType.isPresent()) {
            return new Guess(byType.get(), Optional.empty());
        }
        var byName = byWords(SPACES.matcher(placeName).replaceAll(""))
                .or(() -> byWords(SPACES.matcher(facilityName).replaceAll("")));
        var sports = folded.contains("체육") || folded.contains("운동");
        if (byName.isPresent() && (!sports || byName.get().group() == GYMNASIUM.group())) {
            return new Guess(byName.get(), Optional.empty());
        }
        var fallback = sports ? GYMNASIUM : MULTIPURPOSE_ROOM;
        return new Guess(
                fallback,
                Optional.of("개방시설유형구분 '" + type + "'을(를) 분류할 수 없어 " + fallback.label() + "(으)로 두었습니다: 콘솔에서 고쳐 주세요"));
    }

    private static Optional<Category> byWords(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        return WORDS.stream()
                .filter(word -> text.contains(word.getKey()))
                .map(Map.Entry::getValue)
                .findFirst();
    }
}
