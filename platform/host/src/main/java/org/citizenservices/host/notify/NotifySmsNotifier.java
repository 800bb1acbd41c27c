package org.citizenservices.host.notify;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;

import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Text messages through GOV.UK Notify's HTTP API (its own Java client, which signs each call with the service's API
 * key): for a citizen who prefers SMS and has a mobile number; everyone else goes to the next notifier (email, or the
 * log). Settings in {@code conf/notifications.properties}: {@code notify.api-key} (a secret: never logged),
 * {@code notify.sms-template-id} (a template whose text is {@code ((notice))}), {@code notify.base-url} (Notify's,
 * unless a test stands in for it).
 */
public final class NotifySmsNotifier implements CitizenNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(NotifySmsNotifier.class);
    static final String DEFAULT_BASE_URL = "https://api.notifications.service.gov.uk";

    private final NotificationClient client;
    private final String templateId;
    private final CitizenNotifier otherwise;

    public NotifySmsNotifier(Properties settings, CitizenNotifier otherwise) {
        String key = settings.getProperty("notify.api-key", "").strip();
        this.templateId = settings.getProperty("notify.sms-template-id", "").strip();
        if (templateId.isEmpty()) {
            throw new IllegalArgumentException("notify.sms-template-id is needed with notify.api-key");
        }
        this.client = new NotificationClient(key, settings.getProperty("notify.base-url", DEFAULT_BASE_URL).strip());
        this.otherwise = otherwise;
    }

    @Override
    public boolean delivers(String channel) {
        return "SMS".equals(channel) || otherwise.delivers(channel);
    }

    @Override
    public Optional<String> notify(CitizenContact contact, String text) {
        if (!"SMS".equals(contact.preference()) || contact.mobile() == null) {
            return otherwise.notify(contact, text);
        }
        try {
            client.sendSms(templateId, contact.mobile(), Map.of("notice", text), "citizen-services");
            return Optional.of("SMS");
        } catch (NotificationClientException failed) {
            // Notify's message may repeat the number: only the status goes to the log; the outbox retries
            LOG.warn("GOV.UK Notify did not take the text message for account {} (HTTP {})", contact.accountId(),
                    failed.getHttpResult());
            return Optional.empty();
        }
    }
}
