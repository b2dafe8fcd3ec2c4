package newdeal.pipeliner;

public record Currency(String id, String code, String symbol, boolean base) {
}
