package org.citizenservices.example.internal;

import jakarta.validation.constraints.Size;

/**
 * What an app sends to make a request. The bound is checked by the host before the body reaches the service, and
 * stated as {@code maxLength} in the API's document; the service checks it again for the portal's form.
 */
public record NewRequest(@Size(max = Requests.MAX_DETAILS) String details) {
}
