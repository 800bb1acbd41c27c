package org.citizenservices.spi;

import org.citizenservices.spi.testing.FakeBundle;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PublishedServiceTest {

    @Test
    void publishesUntilWithdrawn_andAWithdrawalTwiceIsHarmless() {
        FakeBundle bundle = new FakeBundle();
        PublishedService<Runnable> published = PublishedService.in(bundle.context(), Runnable.class);

        published.publish(() -> { });
        assertThat(published.published()).isTrue();
        assertThat(bundle.registered).containsOnlyKeys(Runnable.class.getName());

        published.withdraw();
        published.withdraw();
        assertThat(published.published()).isFalse();
        assertThat(bundle.registered).isEmpty();
    }

    @Test
    void nowhere_publishesNothing() {
        PublishedService<Runnable> published = PublishedService.nowhere(Runnable.class);
        published.publish(() -> { });
        assertThat(published.published()).isFalse();
    }
}
