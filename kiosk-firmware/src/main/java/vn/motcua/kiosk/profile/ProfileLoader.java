package vn.motcua.kiosk.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Reads a hardware profile and refuses it, naming the field, before any device is opened: a kiosk
 * with a typo in its printer port must say so at start, not print garbage at the first citizen.
 */
public final class ProfileLoader {
    /** The schema is kept in hardware-profiles/ beside the profiles and copied into the jar at build. */
    public static final String SCHEMA_RESOURCE = "/hardware-profiles/profile.schema.json";
    private static final long MAX_BYTES = 64 * 1024;

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            // 1e999 as a double is Infinity, which the schema validator cannot compare (found by fuzzing)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .build();
    private final JsonSchema schema;

    public ProfileLoader() {
        try (InputStream in = ProfileLoader.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " missing from the jar");
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param reference a file path, or the bare name of a profile shipped in the jar ("sim")
     */
    public HardwareProfile load(String reference) {
        Path file = Path.of(reference);
        if (Files.isRegularFile(file)) {
            return parse(file.toString(), read(file));
        }
        if (reference.matches("[a-z0-9-]+")) {
            try (InputStream in = ProfileLoader.class.getResourceAsStream("/hardware-profiles/" + reference + ".json")) {
                if (in != null) {
                    return parse(reference, in.readAllBytes());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new ProfileException(reference, List.of("no such file (and no built-in profile of that name)"));
    }

    private static byte[] read(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ProfileException(file.toString(), List.of("file larger than " + MAX_BYTES + " bytes"));
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ProfileException(file.toString(), List.of("no such file"));
        } catch (IOException e) {
            throw new ProfileException(file.toString(), List.of("cannot read: " + e.getMessage()));
        }
    }

    /** Parses and validates; every failure is a {@link ProfileException}, never a parser exception. */
    public HardwareProfile parse(String source, byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ProfileException(source, List.of("not UTF-8 text"));
        }
        JsonNode tree;
        try {
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            throw new ProfileException(source, List.of("not valid JSON" + (where == null ? "" :
                    " at line " + where.getLineNr() + " column " + where.getColumnNr()) + ": " + e.getOriginalMessage()));
        }
        if (tree == null || !tree.isObject()) {
            throw new ProfileException(source, List.of("the profile must be a JSON object"));
        }
        List<String> problems;
        try {
            problems = schema.validate(tree).stream()
                    .sorted(Comparator.comparing(ValidationMessage::getMessage))
                    .map(ProfileLoader::describe)
                    .distinct()
                    .toList();
        } catch (RuntimeException e) {
            // The validator's own limits (odd numbers, deep nesting) are still a refusal, not a crash.
            throw new ProfileException(source, List.of("cannot be validated: " + e.getClass().getSimpleName()));
        }
        if (!problems.isEmpty()) {
            throw new ProfileException(source, problems);
        }
        try {
            return mapper.treeToValue(tree, HardwareProfile.class);
        } catch (JsonProcessingException e) {
            throw new ProfileException(source, List.of(e.getOriginalMessage()));
        }
    }

    /** "$.printer.baud: does not have a value in the enumeration" → "printer.baud: ...". */
    private static String describe(ValidationMessage message) {
        String text = message.getMessage();
        return text.startsWith("$.") ? text.substring(2) : text.startsWith("$: ") ? "(top level): " + text.substring(3) : text;
    }
}
