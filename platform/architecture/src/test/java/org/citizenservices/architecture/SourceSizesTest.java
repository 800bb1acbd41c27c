package org.citizenservices.architecture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SourceSizesTest {

    @Test
    void reads_every_production_source_file_with_its_length_and_long_methods() {
        // guards the size rule against measuring nothing: known files of the SPI and the host are read and measured
        assertThat(SourceSizes.all()).containsKeys("org.citizenservices.spi.Capability",
                "org.citizenservices.host.CitizenServicesHost");
        assertThat(SourceSizes.all().get("org.citizenservices.spi.Capability").lines()).isGreaterThan(10);
        assertThat(SourceSizes.all()).hasSizeGreaterThan(300);
    }
}
