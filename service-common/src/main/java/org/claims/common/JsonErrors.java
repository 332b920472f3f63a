package org.claims.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** Turns Jackson's errors into a sentence a client can act on, without leaking class names. */
public final class JsonErrors {
    private JsonErrors() {
    }

    public static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference r : e.getPath()) {
            if (r.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? null : sb.toString();
    }

    public static String describe(JsonProcessingException e) {
        if (e instanceof JsonParseException p) {
            var loc = p.getLocation();
            return "Body is not valid JSON" + (loc != null ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")" : "");
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field '" + u.getPropertyName() + "'";
        }
        if (e instanceof JsonMappingException m) {
            String field = path(m);
            if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
                return field == null ? "Body must be a JSON object" : "Field '" + field + "' has the wrong JSON type";
            }
            return field == null ? "Body does not match the expected shape" : "Field '" + field + "' is invalid";
        }
        return "Body is not valid JSON";
    }
}
