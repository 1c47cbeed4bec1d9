package org.supportplan.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.supportplan.application.port.Revision;

/** Reading If-Match: every tag the API issues reads back as its revision, in any list form RFC 9110 allows. */
class IfMatchTest {

    @Test
    void everyIssuedTagReadsBackAsItsRevision() {
        qt().forAll(longs().between(1, Long.MAX_VALUE)).checkAssert(value -> {
            Revision revision = new Revision(value);
            assertThat(IfMatch.of(List.of(IfMatch.etag(revision)))).isEqualTo(new IfMatch.OneOf(Set.of(revision)));
        });
    }

    @Test
    void aListInAnyLayoutNamesEachOfItsStrongTagsAndNoWeakOne() {
        qt().forAll(lists().of(longs().between(1, 1_000_000)).ofSizeBetween(1, 8), lists().of(longs().between(1, 1_000_000))
                .ofSizeBetween(0, 4), longs().between(0, 3)).checkAssert((strong, weak, spaces) -> {
            List<String> elements = new ArrayList<>();
            strong.forEach(value -> elements.add(IfMatch.etag(new Revision(value))));
            weak.forEach(value -> elements.add("W/" + IfMatch.etag(new Revision(value))));
            String separator = " ".repeat(spaces.intValue()) + "," + "\t".repeat(spaces.intValue() % 2);
            // Split the list over two field lines too: a recipient joins them with commas.
            int half = elements.size() / 2;
            List<String> lines = half == 0 ? List.of(String.join(separator, elements))
                    : List.of(String.join(separator, elements.subList(0, half)), String.join(separator, elements.subList(half, elements.size())));

            IfMatch read = IfMatch.of(lines);

            assertThat(read).isEqualTo(new IfMatch.OneOf(strong.stream().map(Revision::new).collect(Collectors.toSet())));
        });
    }

    @Test
    void starAloneIsAnyRevisionAndNoFieldIsAbsent() {
        assertThat(IfMatch.of(List.of(" * "))).isInstanceOf(IfMatch.AnyRevision.class);
        assertThat(IfMatch.of(List.of())).isInstanceOf(IfMatch.Absent.class);
        assertThat(IfMatch.of(List.of("*", "\"1\""))).isInstanceOf(IfMatch.Malformed.class);
    }

    @Test
    void tagsTheApiNeverIssuesAreWellFormedButNameNoRevision() {
        for (String value : List.of("\"0\"", "\"01\"", "\"abc\"", "\"\"", "\"-1\"", "\"9223372036854775808\"", "W/\"1\"", "\"\u00e91\"")) {
            assertThat(IfMatch.of(List.of(value))).as(value).isEqualTo(new IfMatch.OneOf(Set.of()));
        }
    }

    @Test
    void anythingButStarOrQuotedTagsIsMalformed() {
        for (String value : List.of("", " ", "1", "\"1", "w/\"1\"", "W/ \"1\"", "\"1\" \"2\"", "\"a b\"", "\"1\"x", "**", ",", "\"\u01001\"")) {
            assertThat(IfMatch.of(List.of(value))).as(value).isInstanceOf(IfMatch.Malformed.class);
        }
    }
}
