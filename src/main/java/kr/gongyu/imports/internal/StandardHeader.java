package kr.gongyu.imports.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each standard column is in a file, from its header row. A header that lacks a required column, or names
 * one twice, is not the standard's: {@link #read} says which.
 */
public final class StandardHeader {

    private final Map<StandardColumn, Integer> positions;
    private final List<String> ignored;
    private final int size;

    private StandardHeader(Map<StandardColumn, Integer> positions, List<String> ignored, int size) {
        this.positions = positions;
        this.ignored = ignored;
        this.size = size;
    }

    /** A header that is not the standard's: the required columns it lacks and the columns it names twice. */
    public record Mismatch(List<String> missing, List<String> duplicated) {}

    /** The header of the cells, or what is wrong with it. */
    public static Result read(List<String> cells) {
        var positions = new EnumMap<StandardColumn, Integer>(StandardColumn.class);
        var ignored = new ArrayList<String>();
        var duplicated = new LinkedHashSet<String>();
        for (int i = 0; i < cells.size(); i++) {
            var cell = cells.get(i);
            var column = StandardColumn.of(cell);
            if (column.isEmpty()) {
                if (!cell.isBlank()) {
                    ignored.add(cell.strip());
                }
            } else if (positions.putIfAbsent(column.get(), i) != null) {
                duplicated.add(column.get().label());
            }
        }
        var missing = StandardColumn.requiredColumns().stream()
                .filter(column -> !positions.containsKey(column))
                .map(StandardColumn::label)
                .toList();
        if (!missing.isEmpty() || !duplicated.isEmpty()) {
            return new Result(null, new Mismatch(missing, List.copyOf(duplicated)));
        }
        return new Result(new StandardHeader(positions, List.copyOf(ignored), cells.size()), null);
    }

    /** Either a header or a mismatch. */
    public record Result(
            @Nullable StandardHeader header, @Nullable Mismatch mismatch) {

        public Optional<StandardHeader> matched() {
            return Optional.ofNullable(header);
        }
    }

    /** The cell of the column in a record, stripped; empty when the column is absent or the record short. */
    public String cell(List<String> fields, StandardColumn column) {
        var position = positions.get(column);
        if (position == null || position >= fields.size()) {
            return "";
        }
        return fields.get(position).strip();
    }

    public boolean has(StandardColumn column) {
        return positions.containsKey(column);
    }

    /** How many cells the header has: a record's cells beyond them belong to no column. */
    public int size() {
        return size;
    }

    /** Header cells that name no standard column, which the import ignores. */
    public List<String> ignored() {
        return ignored;
    }
}
