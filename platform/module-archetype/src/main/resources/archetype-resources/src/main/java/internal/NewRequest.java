package ${package}.internal;

/** What an app sends to make a request. */
public record NewRequest(String details) {
}
