package io.lightningops.content.domain;

import java.util.List;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Scan findings kept as a JSON array in a text column: they are a snapshot, read and written whole. */
@Converter
public class FindingsConverter implements AttributeConverter<List<Finding>, String> {

    private static final TypeReference<List<Finding>> LIST = new TypeReference<>() {
    };

    private final ObjectMapper json = new ObjectMapper();

    @Override
    public String convertToDatabaseColumn(List<Finding> findings) {
        if (findings == null) {
            return null;
        }
        try {
            return json.writeValueAsString(findings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store findings", e);
        }
    }

    @Override
    public List<Finding> convertToEntityAttribute(String column) {
        if (column == null) {
            return null;
        }
        try {
            return json.readValue(column, LIST);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read stored findings", e);
        }
    }
}
