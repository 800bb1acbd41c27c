package org.citizenservices.host.operations;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class AdminAccessTest {

    @TempDir
    Path data;

    @Test
    void givenAPublishedNode_thenOnlyItsOwnUserCanReadTheTokenAndOnlyLoopbackWithItIsAdmitted() throws Exception {
        AdminAccess access = AdminAccess.publish(data, 8081);
        Properties published = AdminAccess.read(data).orElseThrow();
        String bearer = "Bearer " + published.getProperty("token");

        assertThat(published.getProperty("port")).isEqualTo("8081");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(data.resolve("run/admin.properties"))))
                .isEqualTo("rw-------");
        assertThat(access.admits("127.0.0.1", bearer)).isTrue();
        assertThat(access.admits("0:0:0:0:0:0:0:1", bearer)).isTrue();
        assertThat(access.admits("192.0.2.10", bearer)).as("not from another machine").isFalse();
        assertThat(access.admits("127.0.0.1", "Bearer guessed")).isFalse();
        assertThat(access.admits("127.0.0.1", null)).isFalse();

        access.withdraw();
        assertThat(AdminAccess.read(data)).as("gone when the node stops").isEmpty();
    }

    @Test
    void givenTwoStarts_thenEachHasItsOwnToken() {
        AdminAccess.publish(data, 8081);
        String first = AdminAccess.read(data).orElseThrow().getProperty("token");
        AdminAccess.publish(data, 8081);
        assertThat(AdminAccess.read(data).orElseThrow().getProperty("token")).isNotEqualTo(first);
    }
}
