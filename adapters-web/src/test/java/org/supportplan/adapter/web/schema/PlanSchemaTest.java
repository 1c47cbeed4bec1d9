package org.supportplan.adapter.web.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.supportplan.adapter.web.dto.EnumName;
import org.supportplan.adapter.web.dto.PlanRequest;
import org.supportplan.adapter.web.json.PlanJson;

/**
 * {@code docs/schema/plan.schema.json} is a valid draft 2020-12 schema, accepts every example plan,
 * and mirrors the request DTOs member by member: the same members, the same required ones, null
 * where the DTO allows it, the same patterns, limits and enum names, closed objects everywhere.
 */
class PlanSchemaTest {

    private static final JsonNode SCHEMA = PlanSchema.tree();
    private static final JsonNode DEFS = SCHEMA.get("$defs");

    /** Every keyword the schema may use: a misspelt keyword would be silently ignored by validators. */
    private static final Set<String> KEYWORDS = Set.of("$schema", "$id", "$ref", "$defs", "$comment", "title", "description",
            "examples", "readOnly", "type", "enum", "properties", "additionalProperties", "required", "items", "maxItems",
            "maxLength", "pattern", "anyOf");

    @Test
    void isAValidDraft202012Schema() {
        assertThat(SCHEMA.get("$schema").textValue()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(SCHEMA.get("$id").textValue()).isEqualTo(PlanSchema.ID);

        assertThat(PlanSchema.metaSchema().validate(SCHEMA)).isEmpty();
    }

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() {
        ObjectNode broken = SCHEMA.deepCopy();
        ((ObjectNode) broken.get("$defs").get("money")).put("type", "text");
        ((ObjectNode) broken.get("$defs").get("narrative")).put("maxLength", -1);

        assertThat(PlanSchema.metaSchema().validate(broken)).extracting(e -> e.getInstanceLocation().toString())
                .contains("$['$defs'].money.type", "$['$defs'].narrative.maxLength");
    }

    static Stream<Path> examples() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String folder : List.of("plans", "not-agreeable")) {
            try (Stream<Path> listed = Files.list(PlanSchema.EXAMPLES.resolve(folder))) {
                List<Path> plans = listed.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
                assertThat(plans).as("plans in examples/%s", folder).isNotEmpty();
                files.addAll(plans);
            }
        }
        return files.stream();
    }

    /** The examples that cannot be agreed are still valid documents: only the sign-off check objects to them. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExamplePlanIsAValidDocument(Path example) {
        String document = PlanSchema.read(example);

        assertThat(PlanSchema.errors(PlanSchema.NEW_PLAN, document)).isEmpty();
        assertThatCode(() -> new PlanJson().readDraft(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))))
                .doesNotThrowAnyException();
    }

    @Test
    void everyObjectRefusesUnknownMembers() {
        List<String> open = new ArrayList<>();
        walk(SCHEMA, "#", (node, where) -> {
            if (node.has("properties") && !where.equals("#")) {
                JsonNode additional = node.get("additionalProperties");
                if (additional == null || !additional.isBoolean() || additional.booleanValue()) {
                    open.add(where);
                }
            }
        });

        assertThat(open).isEmpty();
        // The whole schema is the plan document, closed, with the person and council required.
        assertThat(SCHEMA.get("$ref").textValue()).isEqualTo("#/$defs/planDocument");
        assertThat(SCHEMA.get("properties").size()).isEqualTo(2);
    }

    @Test
    void usesOnlyKnownKeywords() {
        Set<String> used = new TreeSet<>();
        walk(SCHEMA, "#", (node, where) -> node.fieldNames().forEachRemaining(used::add));

        assertThat(used).isSubsetOf(KEYWORDS);
    }

    /** The server's strict reading starts from the DTOs: the schema must say what they say. */
    @Test
    void mirrorsTheRequestDtosMemberByMember() {
        List<String> checked = new ArrayList<>();
        SoftAssertions.assertSoftly(softly -> mirror(PlanRequest.class, "planDocument", checked, new HashMap<>(), softly));

        // Every object in the schema was reached from the plan document.
        Set<String> objects = new TreeSet<>();
        DEFS.fieldNames().forEachRemaining(name -> {
            if ("object".equals(DEFS.get(name).path("type").textValue())) {
                objects.add(name);
            }
        });
        assertThat(checked).containsExactlyInAnyOrderElementsOf(objects);
    }

    @Test
    void aNewPlanRequiresThePersonAndCouncilAsTheServerDoes() {
        Set<String> required = new TreeSet<>();
        for (RecordComponent c : PlanRequest.class.getRecordComponents()) {
            NotNull notNull = annotations(c).getAnnotation(NotNull.class);
            if (notNull != null && Arrays.asList(notNull.groups()).contains(PlanRequest.NewPlan.class)) {
                required.add(c.getName());
            }
        }

        assertThat(names(SCHEMA.get("required"))).containsExactlyInAnyOrderElementsOf(required);
        for (String member : required) {
            assertThat(admitsNull(SCHEMA.get("properties").get(member))).as(member).isFalse();
            assertThat(chain(SCHEMA.get("properties").get(member)).pattern())
                    .isEqualTo(chain(DEFS.get("planDocument").get("properties").get(member)).pattern());
        }
    }

    @Test
    void listsEveryConstantOfEachDomainEnum() {
        Map<String, Class<? extends Enum<?>>> enums = new HashMap<>();
        SoftAssertions.assertSoftly(softly -> mirror(PlanRequest.class, "planDocument", new ArrayList<>(), enums, softly));

        // Twelve domain enums, each its own definition listing its constants in declaration order.
        assertThat(Set.copyOf(enums.values())).hasSize(12);
        assertThat(enums).hasSize(12);
        enums.forEach((def, type) -> assertThat(names(DEFS.get(def).get("enum"))).as(def)
                .containsExactly(Arrays.stream(type.getEnumConstants()).map(Enum::name).toArray(String[]::new)));
    }

    // ---- the mirror

    private static void mirror(Class<?> dto, String def, List<String> checked, Map<String, Class<? extends Enum<?>>> enums,
                               SoftAssertions softly) {
        if (checked.contains(def)) {
            return;
        }
        checked.add(def);
        JsonNode object = DEFS.get(def);
        softly.assertThat(object.get("type").textValue()).as(def).isEqualTo("object");
        softly.assertThat(object.get("additionalProperties").booleanValue()).as(def).isFalse();

        Map<String, JsonNode> members = new LinkedHashMap<>();
        Set<String> serverSet = new TreeSet<>();
        object.get("properties").fields().forEachRemaining(e -> {
            if (e.getValue().path("readOnly").booleanValue()) {
                serverSet.add(e.getKey());
            } else {
                members.put(e.getKey(), e.getValue());
            }
        });
        JsonIgnoreProperties ignored = dto.getAnnotation(JsonIgnoreProperties.class);
        softly.assertThat(serverSet).as("%s: the members accepted and ignored", def)
                .containsExactlyInAnyOrder(ignored == null ? new String[0] : ignored.value());
        softly.assertThat(serverSet).allSatisfy(name -> assertThat(object.get("properties").get(name).size())
                .as("%s.%s accepts any value", def, name).isEqualTo(2)); // description and readOnly only

        RecordComponent[] components = dto.getRecordComponents();
        softly.assertThat(members.keySet()).as("%s: the members", def)
                .containsExactlyInAnyOrder(Arrays.stream(components).map(RecordComponent::getName).toArray(String[]::new));

        Set<String> required = new TreeSet<>();
        for (RecordComponent c : components) {
            String at = def + "." + c.getName();
            JsonNode member = members.get(c.getName());
            AnnotatedElement annotated = annotations(c);
            boolean mandatory = mandatory(annotated);
            if (mandatory) {
                required.add(c.getName());
            }
            softly.assertThat(member.path("description").textValue()).as("%s says what it means", at).isNotBlank();
            softly.assertThat(admitsNull(member)).as("%s may be null", at).isEqualTo(!mandatory);
            Chain chain = chain(member);
            Class<?> type = c.getType();
            if (type == String.class) {
                expectText(at, annotated, chain, enums, softly);
            } else if (type == Boolean.class) {
                softly.assertThat(chain.types()).as(at).containsExactly("boolean");
            } else if (type == List.class) {
                softly.assertThat(chain.types()).as(at).contains("array");
                Size size = annotated.getAnnotation(Size.class);
                softly.assertThat(chain.maxItems()).as("%s: most entries", at).isEqualTo(size == null ? null : size.max());
                AnnotatedType element = ((AnnotatedParameterizedType) c.getAnnotatedType()).getAnnotatedActualTypeArguments()[0];
                Class<?> elementType = (Class<?>) element.getType();
                JsonNode items = chain.items();
                softly.assertThat(admitsNull(items)).as("%s: entries may be null", at).isFalse();
                if (elementType == String.class) {
                    expectText(at + "[]", element, chain(items), enums, softly);
                } else {
                    mirror(elementType, chain(items).def(), checked, enums, softly);
                }
            } else if (type.isRecord()) {
                softly.assertThat(chain.types()).as(at).containsExactly("object");
                mirror(type, chain.def(), checked, enums, softly);
            } else {
                throw new AssertionError(at + ": no rule for " + type);
            }
        }
        softly.assertThat(names(object.get("required"))).as("%s: the required members", def).containsExactlyInAnyOrderElementsOf(required);
    }

    /** A text member: the DTO's pattern anchored, its length limit, its enum names, and blank refused when it is. */
    private static void expectText(String at, AnnotatedElement element, Chain chain, Map<String, Class<? extends Enum<?>>> enums,
                               SoftAssertions softly) {
        softly.assertThat(chain.types()).as(at).isIn(List.of("string"), List.of());
        Pattern pattern = element.getAnnotation(Pattern.class);
        EnumName enumName = element.getAnnotation(EnumName.class);
        Size size = element.getAnnotation(Size.class);
        if (pattern != null) {
            // java.util.regex's \d is ASCII digits only; [0-9] says the same in every regex dialect.
            softly.assertThat(chain.pattern()).as("%s: the pattern", at).isEqualTo("^" + pattern.regexp().replace("\\d", "[0-9]") + "$");
        }
        if (enumName != null) {
            enums.put(chain.def(), enumName.value());
            softly.assertThat(chain.enumNames()).as("%s: the names", at).containsExactly(
                    Arrays.stream(enumName.value().getEnumConstants()).map(Enum::name).toArray(String[]::new));
        } else {
            softly.assertThat(chain.types()).as(at).containsExactly("string");
        }
        if (size != null) {
            softly.assertThat(chain.maxLength()).as("%s: the longest", at).isEqualTo(size.max());
        }
        if (element.isAnnotationPresent(NotBlank.class)) {
            softly.assertThat(chain.pattern()).as("%s: refuses blank text", at).isEqualTo(DEFS.get("narrative").get("pattern").textValue());
        }
    }

    private static boolean mandatory(AnnotatedElement c) {
        NotNull notNull = c.getAnnotation(NotNull.class);
        NotBlank notBlank = c.getAnnotation(NotBlank.class);
        return notNull != null && notNull.groups().length == 0 || notBlank != null && notBlank.groups().length == 0;
    }

    /**
     * A record component's constraints wherever javac put them: on the component, its accessor, or its
     * type (Bean Validation's annotations cannot target record components, so they land on the others).
     */
    private static AnnotatedElement annotations(RecordComponent c) {
        return new AnnotatedElement() {
            @Override
            public <A extends Annotation> A getAnnotation(Class<A> type) {
                A found = c.getAnnotation(type);
                if (found == null) {
                    found = c.getAccessor().getAnnotation(type);
                }
                return found != null ? found : c.getAnnotatedType().getAnnotation(type);
            }

            @Override
            public Annotation[] getAnnotations() {
                return Stream.of(c.getAnnotations(), c.getAccessor().getAnnotations(), c.getAnnotatedType().getAnnotations())
                        .flatMap(Arrays::stream).toArray(Annotation[]::new);
            }

            @Override
            public Annotation[] getDeclaredAnnotations() {
                return getAnnotations();
            }
        };
    }

    // ---- reading the schema

    /**
     * A member's schema with its {@code $ref}s followed (the null branch of an {@code anyOf} set aside):
     * the constraints that apply together, nearest first.
     */
    private record Chain(List<JsonNode> nodes, String def) {

        List<String> types() {
            return nodes.stream().filter(n -> n.has("type")).findFirst()
                    .map(n -> names(n.get("type")).stream().filter(t -> !t.equals("null")).toList()).orElse(List.of());
        }

        String pattern() {
            return nodes.stream().filter(n -> n.has("pattern")).findFirst().map(n -> n.get("pattern").textValue()).orElse(null);
        }

        Integer maxLength() {
            return nodes.stream().filter(n -> n.has("maxLength")).map(n -> n.get("maxLength").intValue())
                    .min(Integer::compare).orElse(null);
        }

        Integer maxItems() {
            return nodes.stream().filter(n -> n.has("maxItems")).map(n -> n.get("maxItems").intValue())
                    .min(Integer::compare).orElse(null);
        }

        List<String> enumNames() {
            return nodes.stream().filter(n -> n.has("enum")).findFirst().map(n -> names(n.get("enum"))).orElse(List.of());
        }

        JsonNode items() {
            return nodes.stream().filter(n -> n.has("items")).findFirst().map(n -> n.get("items"))
                    .orElseThrow(() -> new AssertionError("no items in " + nodes));
        }
    }

    private static Chain chain(JsonNode member) {
        List<JsonNode> nodes = new ArrayList<>();
        String def = null;
        JsonNode node = member;
        while (node != null) {
            if (node.has("anyOf")) {
                List<JsonNode> branches = new ArrayList<>();
                node.get("anyOf").forEach(b -> {
                    if (!"null".equals(b.path("type").textValue())) {
                        branches.add(b);
                    }
                });
                assertThat(branches).as("one branch besides null in %s", node).hasSize(1);
                node = branches.get(0);
                continue;
            }
            nodes.add(node);
            if (!node.has("$ref")) {
                break;
            }
            String ref = node.get("$ref").textValue();
            assertThat(ref).startsWith("#/$defs/");
            def = ref.substring("#/$defs/".length());
            node = DEFS.get(def);
        }
        return new Chain(nodes, def);
    }

    /** Whether null passes: through a null branch of an {@code anyOf}, or every type along the chain allowing it. */
    private static boolean admitsNull(JsonNode member) {
        if (member.has("anyOf")) {
            for (JsonNode branch : member.get("anyOf")) {
                if ("null".equals(branch.path("type").textValue())) {
                    return true;
                }
            }
        }
        List<JsonNode> typed = chain(member).nodes().stream().filter(n -> n.has("type")).toList();
        return !typed.isEmpty() && typed.stream().allMatch(n -> names(n.get("type")).contains("null"));
    }

    private static List<String> names(JsonNode node) {
        if (node == null) {
            return List.of();
        }
        if (node.isTextual()) {
            return List.of(node.textValue());
        }
        Set<String> names = new LinkedHashSet<>();
        node.forEach(n -> names.add(n.textValue()));
        return List.copyOf(names);
    }

    /** Visits every schema object (not examples, not the member names under properties or $defs). */
    private static void walk(JsonNode schema, String where, java.util.function.BiConsumer<JsonNode, String> visit) {
        if (!schema.isObject()) {
            return;
        }
        visit.accept(schema, where);
        for (String container : List.of("properties", "$defs")) {
            if (schema.has(container)) {
                schema.get(container).fields().forEachRemaining(e -> walk(e.getValue(), where + "/" + container + "/" + e.getKey(), visit));
            }
        }
        if (schema.has("items")) {
            walk(schema.get("items"), where + "/items", visit);
        }
        if (schema.has("anyOf")) {
            for (int i = 0; i < schema.get("anyOf").size(); i++) {
                walk(schema.get("anyOf").get(i), where + "/anyOf/" + i, visit);
            }
        }
    }
}
