package newdeal.sandbox;

/** One problem with one field of a create body, as Pipeliner lists it under {@code field_errors[].errors[]}. */
record FieldError(String field, int code, String name, String message) {
    static final int MISSING = 119;
    static final int INVALID = 117;

    static FieldError missing(String field) {
        return new FieldError(field, MISSING, "ERROR_PARAMETER_MISSING", "Field '" + field + "' is required.");
    }

    static FieldError invalid(String field, String message) {
        return new FieldError(field, INVALID, "ERROR_PARAMETER_INVALID", message);
    }
}
