package org.citizenservices.it.support;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

import java.util.ArrayList;
import java.util.List;

/**
 * The portal driven as someone using only a keyboard: keys go to whatever has focus, never to an element picked by
 * the test. Every time focus moves, the focused control must show the NHS focus indicator (a yellow outline, box
 * shadow or background, on it or on the part of the web component it belongs to); those that do not are kept in
 * {@link #unseenFocus()}.
 */
public final class Keyboard {

    /** Tab presses allowed to reach a control: the whole page and the way round again. */
    private static final int MAX_TABS = 150;

    /** The focused element, followed into shadow roots, and whether it or its control shows where focus is. */
    private static final String FOCUS = "let el = document.activeElement;"
            + " while (el && el.shadowRoot && el.shadowRoot.activeElement) { el = el.shadowRoot.activeElement; }"
            + " if (!el || el === document.body) { return ['', true, 'body']; }"
            + " const up = n => n.parentElement || (n.getRootNode() && n.getRootNode().host) || null;"
            + " const chain = []; for (let n = el; n && chain.length < 6; n = up(n)) { chain.push(n); }"
            + " const ids = chain.map(n => n.id || '').filter(id => id);"
            + " const candidates = [];"
            + " for (const n of chain.slice(0, 4)) { candidates.push(n);"
            + "   if (n.shadowRoot) { candidates.push(...n.shadowRoot.querySelectorAll("
            + "     '[part~=input-field], [part~=checkbox], [part~=radio], [part~=content], [part~=focused-cell]')); } }"
            // the NHS focus colour, so that a component's own faint default (or a border it always has) does not count
            + " const yellow = 'rgb(255, 235, 59)';"
            + " const shows = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2"
            + "     && s.outlineColor === yellow) || (s.boxShadow || '').includes(yellow)"
            + "   || s.backgroundColor === yellow;"
            + " const visible = candidates.some(c => shows(getComputedStyle(c)));"
            + " const s = getComputedStyle(el);"
            + " return [ids.join(' < '), visible, el.localName + (el.id ? '#' + el.id : '') + ' (outline ' + s.outlineStyle"
            + "   + ' ' + s.outlineWidth + ' ' + s.outlineColor + ', shadow ' + s.boxShadow + ', background '"
            + "   + s.backgroundColor + ')'];";

    private final WebDriver driver;
    private final List<String> unseen = new ArrayList<>();

    public Keyboard(WebDriver driver) {
        this.driver = driver;
    }

    public void press(CharSequence key) {
        new Actions(driver).sendKeys(key).perform();
        checkFocus();
    }

    /** Shift+Tab: one focus stop back. */
    public void shiftTab() {
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        checkFocus();
    }

    /** Types into whatever has focus. */
    public void type(String text) {
        new Actions(driver).sendKeys(text).perform();
    }

    /** Presses Tab until focus is in the element with this id, if it is not there already (or one whose id starts with it, ending in '*'). */
    public void tabTo(String id) {
        if (focusIsIn(id)) {
            return;
        }
        for (int i = 0; i < MAX_TABS; i++) {
            press(Keys.TAB);
            if (focusIsIn(id)) {
                return;
            }
        }
        throw new AssertionError("Tab never reached " + id + "; focus is on " + focused());
    }

    public boolean focusIsIn(String id) {
        List<?> state = state();
        for (String seen : ((String) state.get(0)).split(" < ")) {
            if (id.endsWith("*") ? seen.startsWith(id.substring(0, id.length() - 1)) : seen.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /** The ids around the focused element, innermost first. */
    public String focused() {
        List<?> state = state();
        return state.get(2) + " in " + state.get(0);
    }

    /** Focus stops that showed no focus indicator, so far. */
    public List<String> unseenFocus() {
        return List.copyOf(unseen);
    }

    private void checkFocus() {
        List<?> state = state();
        if (!Boolean.TRUE.equals(state.get(1))) {
            unseen.add(state.get(2) + " in " + state.get(0));
        }
    }

    private List<?> state() {
        return (List<?>) ((JavascriptExecutor) driver).executeScript(FOCUS);
    }
}
