package io.lightningops.defaults.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * {@code ?page=0&size=20} of every list endpoint; take it with {@code @Valid @BeanParam PageParams page}.
 */
public class PageParams {

    public static final int MAX_SIZE = 100;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Parameter(description = "Zero-based page number", example = "0")
    int page;

    @QueryParam("size")
    @DefaultValue("20")
    @Min(value = 1, message = "must be between 1 and " + MAX_SIZE)
    @Max(value = MAX_SIZE, message = "must be between 1 and " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to 100", example = "20")
    int size;

    public PageParams() {
    }

    public PageParams(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    /** Index of the first row of this page. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
