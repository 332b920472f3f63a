package org.claims.common;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.Comparator;

/**
 * What is wrong with a JSON request body, as a problem naming the JSON pointer of the value: the same answer for
 * a whole request (through {@link ProblemMappers}) and for one line of an NDJSON batch.
 */
public final class JsonProblems {
    private JsonProblems() {
    }

    public static Problem of(JsonProcessingException e) {
        if (e instanceof JsonParseException || e instanceof StreamConstraintsException) {
            var loc = e.getLocation();
            String where = loc != null ? " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")" : "";
            return Problem.atPointer("malformed-json", "Malformed JSON", "Body is not valid JSON" + where + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), "");
        }
        String pointer = e instanceof JsonMappingException m ? JsonPointers.of(m) : "";
        String what = pointer.isEmpty() ? "Body" : "Field '" + JsonPointers.fieldOf(pointer) + "'";
        String detail = e instanceof InvalidFormatException || e instanceof MismatchedInputException
                ? what + (pointer.isEmpty() ? " must be a JSON object" : " has the wrong JSON type")
                : what + " is invalid";
        return Problem.atPointer("malformed-json", "Malformed JSON", detail, pointer);
    }

    /** The first violation by property path, so the answer is the same whatever order the validator found them. */
    public static Problem of(ConstraintViolationException e) {
        ConstraintViolation<?> first = e.getConstraintViolations().stream()
                .min(Comparator.comparing(JsonPointers::of)).orElseThrow();
        String pointer = JsonPointers.of(first);
        return Problem.atPointer("invalid-request", "Invalid request",
                "Field '" + JsonPointers.fieldOf(pointer) + "' " + first.getMessage(), pointer);
    }
}
