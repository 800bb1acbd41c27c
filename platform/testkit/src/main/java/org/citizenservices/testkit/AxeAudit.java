package org.citizenservices.testkit;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.openqa.selenium.WebDriver;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * axe-core run in the page as it is on screen, against WCAG 2.0, 2.1 and 2.2 A and AA. Every page's result is printed
 * and kept, so that one table of all of them ({@code target/accessibility/axe-results.md}) can be written at the end.
 * The portal's own suite (distribution's {@code AccessibilityIT}) and module authors' tests use the same checks:
 *
 * <pre>{@code
 * assertThat(new AxeAudit().check(browser, "travel-health").blocking()).isEmpty();   // no serious or critical
 * }</pre>
 */
public final class AxeAudit {

    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    /** One page's result: violations per impact (rule id to the number of elements), and how many were incomplete. */
    public record PageResult(String page, Map<String, Map<String, Integer>> byImpact, int incomplete,
                             List<String> incompleteRules, List<String> details) {

        public int count(String impact) {
            return byImpact.getOrDefault(impact, Map.of()).values().stream().mapToInt(Integer::intValue).sum();
        }

        /** Serious and critical violations, each as "impact rule-id: help (elements)". */
        public List<String> blocking() {
            return details.stream().filter(d -> d.startsWith("critical") || d.startsWith("serious")).toList();
        }

        String line() {
            StringBuilder out = new StringBuilder("axe " + page + ":");
            for (String impact : IMPACTS) {
                out.append(' ').append(impact).append('=').append(count(impact))
                        .append(byImpact.containsKey(impact) ? byImpact.get(impact).toString() : "");
            }
            return out.append(" incomplete=").append(incomplete).append(incompleteRules).toString();
        }
    }

    private final List<PageResult> results = new ArrayList<>();

    /** Runs axe on what the browser shows now, prints the result and keeps it. */
    public PageResult check(WebDriver driver, String page) {
        Results axe = new AxeBuilder().withTags(TAGS).analyze(driver);
        if (axe.isErrored()) {
            throw new IllegalStateException("axe failed on " + page + ": " + axe.getErrorMessage());
        }
        Map<String, Map<String, Integer>> byImpact = new LinkedHashMap<>();
        List<String> details = new ArrayList<>();
        for (Rule rule : axe.getViolations()) {
            String impact = rule.getImpact() == null ? "minor" : rule.getImpact();
            byImpact.computeIfAbsent(impact, i -> new TreeMap<>()).merge(rule.getId(), rule.getNodes().size(),
                    Integer::sum);
            details.add(impact + " " + rule.getId() + ": " + rule.getHelp() + " " + rule.getNodes().stream()
                    .map(n -> n.getTarget() + " " + n.getFailureSummary().replace('\n', ' ')).toList());
        }
        // what axe could not decide (contrast over a shadow or gradient, for instance) is listed for a person to judge
        List<String> incompleteRules = axe.getIncomplete().stream().map(r -> r.getId() + "(" + r.getNodes().size() + ")")
                .toList();
        PageResult result = new PageResult(page, byImpact, axe.getIncomplete().size(), incompleteRules, details);
        System.out.println(result.line());
        details.forEach(d -> System.out.println("    " + d));
        results.add(result);
        return result;
    }

    public List<PageResult> results() {
        return List.copyOf(results);
    }

    /** The table of every page checked, newest run only. */
    public void writeSummary(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        StringBuilder md = new StringBuilder("# axe-core results\n\nWCAG tags: " + String.join(", ", TAGS)
                + ". Counts are elements in violation; \"incomplete\" are rules axe could not decide"
                + " (rule id and elements), left for a person to judge.\n\n"
                + "| Page | Critical | Serious | Moderate | Minor | Incomplete |\n|---|---|---|---|---|---|\n");
        for (PageResult r : results) {
            md.append("| ").append(r.page());
            for (String impact : IMPACTS) {
                md.append(" | ").append(r.count(impact));
            }
            md.append(" | ").append(r.incomplete()).append(r.incompleteRules().isEmpty() ? ""
                    : " " + String.join(", ", r.incompleteRules())).append(" |\n");
        }
        List<String> rules = results.stream().flatMap(r -> r.details().stream().map(d -> r.page() + ": " + d)).toList();
        if (!rules.isEmpty()) {
            md.append("\n## Violations\n\n");
            rules.forEach(d -> md.append("- ").append(d).append('\n'));
        }
        Files.writeString(file, md.toString());
    }
}
