package io.lightningops.defaults.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The list envelope of every collection: {@code {items, page, size, total}}. */
@Schema(description = "One page of a collection")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Zero-based page number", example = "0") int page,
        @Schema(description = "Requested page size", example = "20") int size,
        @Schema(description = "Items in the whole collection", example = "123") long total) {

    public static <T> Page<T> of(List<T> items, PageParams params, long total) {
        return new Page<>(List.copyOf(items), params.page(), params.size(), total);
    }

    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
