package dev.vitrine.content.service;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** A snapshot's fields as the JSON object a revision stores, in their order, empty fields as {@code null}. */
final class Snapshots {

    private Snapshots() {}

    static String toJson(Map<String, String> fields) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        fields.forEach((name, value) -> {
            if (value == null) {
                json.addNull(name);
            } else {
                json.add(name, value);
            }
        });
        return json.build().toString();
    }

    static Map<String, String> fromJson(String text) {
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonObject json = reader.readObject();
            Map<String, String> fields = new LinkedHashMap<>();
            json.forEach((name, value) ->
                    fields.put(name, value.getValueType() == JsonValue.ValueType.STRING ? json.getString(name) : null));
            return fields;
        }
    }
}
