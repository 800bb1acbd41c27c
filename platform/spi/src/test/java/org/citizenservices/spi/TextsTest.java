package org.citizenservices.spi;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What people type is trimmed, bounded and free of control characters, with messages naming the field. */
class TextsTest {

    @Test
    void blankIsNothing_whenOptional_andRefusedWhenRequired() {
        assertThat(Texts.optional("  \n ", 10, "A note")).isNull();
        assertThat(Texts.optional(null, 10, "A note")).isNull();
        assertThatThrownBy(() -> Texts.required(" ", 10, "Your request"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("Your request is required.");
    }

    @Test
    void textIsTrimmed_andKeepsItsLineBreaksTabsAndMarkup() {
        assertThat(Texts.required("  Line one\n\tline <b>two</b> ", 40, "Your message"))
                .isEqualTo("Line one\n\tline <b>two</b>");
    }

    @Test
    void tooLongOrControlCharacters_areRefusedWithTheFieldsName() {
        assertThat(Texts.required("x".repeat(10), 10, "Your request")).hasSize(10);
        assertThatThrownBy(() -> Texts.required("x".repeat(11), 10, "Your request"))
                .hasMessage("Your request must be at most 10 characters.");
        assertThatThrownBy(() -> Texts.optional("Hello\u0000", 10, "A note"))
                .hasMessage("A note contains characters that cannot be stored.");
    }
}
