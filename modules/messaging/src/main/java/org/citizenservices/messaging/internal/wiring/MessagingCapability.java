package org.citizenservices.messaging.internal.wiring;

import org.citizenservices.messaging.PracticeConversations;
import org.citizenservices.messaging.internal.Attachment;
import org.citizenservices.messaging.internal.DemoMessages;
import org.citizenservices.messaging.internal.HostNotificationSender;
import org.citizenservices.messaging.internal.Message;
import org.citizenservices.messaging.internal.MessageThread;
import org.citizenservices.messaging.internal.Notification;
import org.citizenservices.messaging.internal.PracticeConversationsService;
import org.citizenservices.messaging.internal.PracticeMessages;
import org.citizenservices.messaging.internal.Recipient;
import org.citizenservices.messaging.internal.api.MessagesApi;
import org.citizenservices.messaging.internal.ui.MessagesView;
import org.citizenservices.messaging.internal.ui.PracticeInboxView;
import org.citizenservices.spi.ApiRoute;
import org.citizenservices.spi.CapabilityContext;
import org.citizenservices.spi.CitizenService;
import org.citizenservices.spi.NamedCapability;
import org.citizenservices.spi.PracticeTime;
import org.citizenservices.spi.PublishedService;
import org.citizenservices.spi.Role;
import org.citizenservices.spi.ServiceAccess;
import org.citizenservices.spi.ViewContribution;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

/** Communicate with Practice - Citizen (E00321): secure messages between citizens and their practice. */
public final class MessagingCapability extends NamedCapability {

    private final Clock practiceClock = PracticeTime.clock();
    private final PublishedService<PracticeConversations> published;
    private volatile PracticeMessages messages;
    private volatile ServiceAccess access;

    /** A capability that publishes no API: its unit tests' way of naming its entities. */
    public MessagingCapability() {
        this(PublishedService.nowhere(PracticeConversations.class));
    }

    /** The capability the bundle registers, publishing {@link PracticeConversations} while it runs. */
    MessagingCapability(PublishedService<PracticeConversations> published) {
        super("messaging", CitizenService.MESSAGING, "Messages",
                Recipient.class, MessageThread.class, Message.class, Notification.class, Attachment.class);
        this.published = published;
    }

    @Override
    public void start(CapabilityContext context) {
        if (context.demoData()) {
            DemoMessages.seedIfEmpty(context.entityManagerFactory(), context::demoPatientId,
                    LocalDateTime.now(practiceClock));
        }
        access = context.serviceAccess();
        messages = new PracticeMessages(context.entityManagerFactory(), context.serviceAccess(), practiceClock,
                new HostNotificationSender(context.serviceAccess()), context.uploads());
        published.publish(new PracticeConversationsService(() -> messages));
    }

    @Override
    public void stop() {
        published.withdraw();
        messages = null;
    }

    @Override
    public List<ApiRoute> apiRoutes() {
        return new MessagesApi(() -> messages, practiceClock).routes();
    }

    @Override
    public List<ViewContribution> views() {
        return List.of(ViewContribution.citizen("messages", MessagesView.class, "Messages", 40,
                        () -> new MessagesView(messages, access)),
                ViewContribution.practice("practice/messages", PracticeInboxView.class, "Practice inbox", 40,
                        Role.STAFF, () -> new PracticeInboxView(messages, access)));
    }
}
