package io.lightningops.analytics.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * A report as CSV or as an HTML page, whichever the client's Accept chose: the report resources return the
 * report once, and JSON, CSV and HTML are only its forms.
 */
@Provider
@Produces({ReportResource.CSV, ReportResource.HTML})
public class ReportWriter implements MessageBodyWriter<ReportResponse> {

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ReportResponse.class.isAssignableFrom(type)
                && (mediaType.isCompatible(MediaType.valueOf("text/csv")) || mediaType.isCompatible(MediaType.TEXT_HTML_TYPE));
    }

    @Override
    public void writeTo(ReportResponse report, Class<?> type, Type genericType, Annotation[] annotations,
            MediaType mediaType, MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        String body = mediaType.isCompatible(MediaType.TEXT_HTML_TYPE) ? ReportPage.render(report) : ReportCsv.render(report);
        out.write(body.getBytes(StandardCharsets.UTF_8));
    }
}
