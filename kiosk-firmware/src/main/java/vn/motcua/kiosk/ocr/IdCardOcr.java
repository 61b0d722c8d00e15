package vn.motcua.kiosk.ocr;

import com.sun.jna.Library;
import com.sun.jna.Native;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import vn.motcua.client.CentreTime;
import vn.motcua.kiosk.idcard.CccdFields;
import vn.motcua.kiosk.idcard.IdProblem;
import vn.motcua.kiosk.idcard.MrzParser;
import vn.motcua.kiosk.idcard.MrzResult;

/**
 * Reads either face of the three ID card models (2016 CCCD, 2021 chip CCCD, 2024 Căn cước) with
 * Tesseract's Vietnamese model: finds the card on the darker background of the scanner bed, straightens
 * it, brings it to the size Tesseract reads best, tells the model and side apart, and finds the fields by
 * their printed labels (layouts as data: {@link CardLayouts}). One reading at a time, which is what one
 * kiosk needs.
 */
public final class IdCardOcr {
    public static final String DEFAULT_TESSDATA = "/usr/share/tesseract-ocr/5/tessdata";
    public static final double DEFAULT_THRESHOLD = 0.80;
    /** The length of each of a TD1 MRZ's three lines. */
    private static final int TD1_LINE = 30;

    private final WordReader words;
    private final MrzReader mrzReader;
    private final NumberSecondLook numberSecondLook;
    private final NameSecondLook nameSecondLook;
    private final PlaceSecondLook placeSecondLook;
    private final PlaceValueAlone placeValueAlone;
    private final LostPlaceWords lostPlaceWords;
    private final NameVote nameVote;
    private final NumberVote numberVote;
    private final DateVote dateVote;
    private final PlaceNumberVote placeNumberVote;
    private final DateCheck dateCheck;
    private final DateRowSecondLook dateRowSecondLook;
    private final IssueDateVote issueDateVote;
    private final CardLayouts layouts = CardLayouts.builtIn();
    private final Clock clock = Clock.system(CentreTime.ZONE);
    private final double threshold;
    private final UnreadBands unreadBands;

    public IdCardOcr() {
        this(tessdata(), DEFAULT_THRESHOLD);
    }

    public IdCardOcr(String tessdata, double threshold) {
        limitOpenMpThreads();
        if (!Files.isReadable(Path.of(tessdata, "vie.traineddata"))) {
            throw new IllegalStateException("Vietnamese OCR data missing: " + Path.of(tessdata, "vie.traineddata")
                    + " (Debian package tesseract-ocr-vie)");
        }
        this.threshold = threshold;
        // PSM from -Docr.psm for experiments; 3 (automatic blocks) keeps the photo column apart
        this.words = new WordReader(tessdata, "vie", Integer.getInteger("ocr.psm", 3));
        if (!Files.isReadable(Path.of(tessdata, "eng.traineddata"))) {
            throw new IllegalStateException("English OCR data missing (for the MRZ): " + Path.of(tessdata, "eng.traineddata"));
        }
        this.mrzReader = new MrzReader(tessdata, new MrzParser(clock));
        RowReader rowReader = new RowReader(tessdata);
        this.numberSecondLook = new NumberSecondLook(rowReader);
        this.nameSecondLook = new NameSecondLook(rowReader);
        this.placeSecondLook = new PlaceSecondLook(rowReader);
        this.placeValueAlone = new PlaceValueAlone(rowReader);
        this.lostPlaceWords = new LostPlaceWords(rowReader);
        this.nameVote = new NameVote(tessdata);
        this.numberVote = new NumberVote(tessdata);
        this.dateVote = new DateVote(numberVote::readDigits);
        this.placeNumberVote = new PlaceNumberVote(numberVote::readDigits);
        this.unreadBands = new UnreadBands(tessdata);
        this.dateCheck = new DateCheck(tessdata, unreadBands);
        this.dateRowSecondLook = new DateRowSecondLook(rowReader);
        this.issueDateVote = new IssueDateVote(tessdata);
    }

    static String tessdata() {
        String env = System.getenv("TESSDATA_PREFIX");
        return env != null && Files.isReadable(Path.of(env, "vie.traineddata")) ? env : DEFAULT_TESSDATA;
    }

    public double threshold() {
        return threshold;
    }

    /** Largest image accepted: a 4K camera frame is 8.3 MP; anything far beyond is not a card photo. */
    static final long MAX_PIXELS = 40_000_000L;

    /** Reads an image file; a file that is not a readable image, or an absurd one, is refused with the reason. */
    public static BufferedImage load(Path file) throws OcrException {
        if (!Files.isRegularFile(file)) {
            throw new OcrException("no such image file: " + file);
        }
        BufferedImage image;
        try {
            image = javax.imageio.ImageIO.read(file.toFile());
        } catch (java.io.IOException e) {
            throw new OcrException("cannot read " + file + ": " + e.getMessage());
        }
        return checked(image, file.toString());
    }

    public static BufferedImage decode(byte[] bytes, String what) throws OcrException {
        try {
            return checked(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)), what);
        } catch (java.io.IOException e) {
            throw new OcrException("cannot read " + what + ": " + e.getMessage());
        }
    }

    private static BufferedImage checked(BufferedImage image, String what) throws OcrException {
        if (image == null) {
            throw new OcrException(what + " is not a PNG, JPEG, GIF or BMP image");
        }
        if ((long) image.getWidth() * image.getHeight() > MAX_PIXELS) {
            throw new OcrException(what + " is " + image.getWidth() + "x" + image.getHeight()
                    + " pixels, more than " + MAX_PIXELS / 1_000_000 + " megapixels");
        }
        if (image.getWidth() < 300 || image.getHeight() < 190) {
            throw new OcrException(what + " is " + image.getWidth() + "x" + image.getHeight()
                    + " pixels: too small to read a card (at least 300x190)");
        }
        return image;
    }

    /**
     * Reads one face of a card: which model and side it is, each field by its label (by position where
     * the label is lost), and on a back the MRZ with its check digits, cross-checked with the fields.
     */
    public synchronized IdCardReading read(BufferedImage image) {
        long start = System.nanoTime();
        long cpu0 = cpu();
        BufferedImage card = CardImage.prepareCard(image);
        long cpu1 = cpu();
        List<TextRow> rows = TextRow.of(words.words(card));
        BufferedImage levelledCard = null;
        CardLayout detected = detect(card, rows);
        if (detected == null) {
            // the page's layout took the face for a picture (its guilloche standing out): once more on the paper
            // levelled, and kept, card and rows, only when that tells the model
            BufferedImage levelled = PaperPattern.levelled(card);
            List<TextRow> again = TextRow.of(words.words(levelled));
            detected = detect(levelled, again);
            if (detected != null) {
                card = levelled;
                levelledCard = levelled;
                rows = again;
            }
        }
        String mrzOfStrip = detected == null ? validMrzOfStrip(card, rows) : null;
        if (mrzOfStrip != null) {
            BufferedImage face = card;
            detected = ModelDetector.chipBack(rows, 1.0, layouts.all(), () -> QrOnFace.inUpperHalf(face));
        }
        CardQr.Found qr = CardQr.find(card, detected, layouts.all(), clock);
        if (qr != null) {
            detected = qr.layout();
        }
        List<TextRow> pageRows = rows;
        if (detected != null) {
            rows = unreadBands.whenTextDropped(card, rows);
        }
        long cpu2 = cpu();
        CardLayout layout = detected != null ? detected : layouts.of(CardModel.CCCD_2021, CardSide.FRONT).orElseThrow();
        // nothing tells the model apart (not a card, or past reading): no field is guessed from positions, a
        // number off a receipt must not become someone's personal number; every field is left to be typed
        LabelledFields.Result found = detected != null ? LabelledFields.find(rows, layout)
                : new LabelledFields.Result(Map.of(), List.of());
        var byField = DashAtRowEnd.mark(card, FrontShapes.fill(rows, layout, DateOrder.fill(rows, layout, found), found.byLabel()), layout);
        IdCardReading reading = CardTextParser.parse(byField, layout.fieldNames(), threshold, 0);
        long cpu3 = cpu();
        if (layout.fieldNames().contains("number")) {
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            reading = numberVote.improve(card, rows, byField, layout.fieldNames(),
                    numberSecondLook.improve(card, byField, layout.fieldNames(), reading, threshold), threshold, today);
            reading = dateVote.improve(card, rows, byField, reading, threshold, today);
            reading = NumberBirthAgreement.mend(reading, DateCheck.printedExpiry(rows), threshold, today);
        }
        if (layout.fieldNames().contains("name")) {
            reading = nameSecondLook.improve(card, byField, nameVote.improve(card, rows, byField, reading, threshold), threshold);
        }
        LostPlaceWords.Result across = lostPlaceWords.improve(card, byField, reading, threshold);
        byField = across.byField();
        reading = placeSecondLook.improve(card, byField, placeNumberVote.improve(card, rows, byField, across.reading(), threshold), threshold);
        long cpu4 = cpu();
        MrzResult mrz = null;
        List<IdProblem> mismatches = null;
        String text = null;
        if (layout.mrz() != null) {
            // the strip already read for the model: its check digits held, no second read
            text = mrzOfStrip != null ? mrzOfStrip : mrzReader.read(card, rows, layout.mrz(), printedDates(reading));
            mrz = text == null ? new MrzParser(clock).parse("") : mrzReader.parse(text);
        }
        reading = checkDates(card, rows, byField, layout, reading, mrz);
        if (detected != null && card != levelledCard) {
            reading = unreadLevelled(card, layout, reading, mrz);
        }
        // rows read again above the MRZ were read beside the blocks too, the better kept: that column not read twice
        if (detected != null && rows == pageRows) {
            reading = unreadBeside(card, rows, layout, reading, mrz);
        }
        Map<String, String> fromCode = qr == null ? Map.of() : CardQr.values(qr.fields(), layout);
        if (detected != null) {
            reading = placeValueAlone.improve(card, rows, byField, layout, placesInUnreadBands(card, rows, layout, reading,
                    found.byLabel()), fromCode, threshold);
        }
        reading = PlaceDoubt.flagged(ScrapBeforePlace.mended(StreetInBirthPlace.mended(reading, threshold), layout, threshold),
                places(layout), threshold);
        reading = PlaceStartAbove.flagged(reading, rows, byField, layout, threshold);
        if (qr != null) {
            reading = BirthRowsInResidence.mended(fromQr(qr.fields(), fromCode, reading, mrz), byField, fromCode, threshold);
            if (text != null && mrz.valid() && qr.fields().number().equals(mrz.fields().personalNumber())) {
                text = holderNamed(text, qr.fields().name());
                mrz = mrzReader.parse(text);
            }
        }
        if (mrz != null) {
            mismatches = mrz.valid() ? MrzCrossCheck.compare(reading.fields(), mrz.fields()) : List.of();
        }
        lastStages = new StageCpu(cpu1 - cpu0, cpu2 - cpu1, cpu3 - cpu2, cpu4 - cpu3, cpu() - cpu4);
        return new IdCardReading(detected == null ? null : layout.model(), detected == null ? null : layout.side(),
                reading.fields(), reading.confidence(),
                reading.toCheck(), found.byLabel(), text == null ? null : List.of(text.split("\n")), mrz, mismatches, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The MRZ's name line as the face's QR names the holder, where the code is this card's (the MRZ's check digits hold
     * and name the personal number the code names): the line has no check digit of its own, and its letters misread
     * ("VO<<KIMSDUGKHN" for "VO<<KIM<DUC<HUNG") pass every check. A name longer than the line is left as read.
     */
    private static String holderNamed(String mrzText, String name) {
        String[] lines = mrzText.split("\n");
        String field = name == null || name.isBlank() ? null : MrzParser.nameField(name);
        if (lines.length != 3 || field == null || field.length() > TD1_LINE) {
            return mrzText;
        }
        lines[2] = field + "<".repeat(TD1_LINE - field.length());
        return String.join("\n", lines);
    }

    /**
     * The fields the face's QR carries ({@code values}, {@link CardQr#values}), taken from it where it decoded as a
     * card's and names the personal number the MRZ names, where an MRZ holds (a code that is not this card's gives
     * nothing). The expiry the law gives from the QR's dates is taken only where the face's own was not read sure
     * (printed or the MRZ's).
     */
    private IdCardReading fromQr(CccdFields qr, Map<String, String> values, IdCardReading reading, MrzResult mrz) {
        if (mrz != null && mrz.valid() && !qr.number().equals(mrz.fields().personalNumber())) {
            return reading;
        }
        IdCardReading out = reading;
        for (Map.Entry<String, String> held : values.entrySet()) {
            if (!held.getKey().equals("expiryDate") || reading.confidence().getOrDefault("expiryDate", 0.0) < threshold) {
                out = out.with(held.getKey(), held.getValue(), 1.0, threshold);
            }
        }
        return out;
    }

    /**
     * Fields the page left unread, looked for once more on the page with its paper levelled ({@link PaperPattern}),
     * the model already told. A face's guilloche, its pale emblem, the QR or what is left of the seal's rim can make
     * Tesseract's page layout drop whole rows (the small labels and the values beside them first: the 2016 back's
     * date, the 2024 back's residence or issue date) while the rows left still tell the face. What the levelled
     * page reads for a field the first reading left empty is taken; a field already read stays as it was.
     */
    private IdCardReading unreadLevelled(BufferedImage card, CardLayout layout, IdCardReading first, MrzResult mrz) {
        List<String> unread = layout.fieldNames().stream().filter(f -> first.fields().get(f) == null).toList();
        if (unread.isEmpty()) {
            return first;
        }
        BufferedImage levelled = PaperPattern.levelled(card);
        return filledFrom(levelled, TextRow.of(words.words(levelled)), layout, first, unread, mrz);
    }

    /**
     * Fields still unread, looked for once more in the text column beside the QR, chip or photo read alone as one block
     * ({@link UnreadBands#besideBlocks}): the page's layout, on the paper as it is and levelled alike, can take the
     * column beside a QR for part of a picture and keep only a few rows of it, garbled, that tell the face but no field.
     */
    private IdCardReading unreadBeside(BufferedImage card, List<TextRow> rows, CardLayout layout, IdCardReading first, MrzResult mrz) {
        List<String> unread = layout.fieldNames().stream().filter(f -> first.fields().get(f) == null).toList();
        if (unread.isEmpty()) {
            return first;
        }
        List<TextRow> beside = unreadBands.besideBlocks(card, rows);
        return beside.isEmpty() ? first : filledFrom(card, beside, layout, first, unread, mrz);
    }

    /** The unread fields of the first reading taken from another reading of the face, where that one read them. */
    private IdCardReading filledFrom(BufferedImage card, List<TextRow> rows, CardLayout layout, IdCardReading first,
                                     List<String> unread, MrzResult mrz) {
        LabelledFields.Result found = LabelledFields.find(rows, layout);
        var byField = FrontShapes.fill(rows, layout, DateOrder.fill(rows, layout, found), found.byLabel());
        IdCardReading again = CardTextParser.parse(byField, layout.fieldNames(), threshold, 0);
        again = checkDates(card, rows, byField, layout, again, mrz);
        return filled(first, unread.stream().filter(f -> !rowOfAnother(byField, f)).toList(), again);
    }

    /**
     * Whether a reading gave a field a row it gave another field too ("Xã Tân Hòa, Yên Minh, Hà Giang" as both the
     * residence and the place of birth, the residence's own rows lost on the levelled page): one printed row is one
     * field's, and the field is left as the first reading had it.
     */
    private static boolean rowOfAnother(Map<String, List<CardTextParser.Line>> byField, String field) {
        return byField.getOrDefault(field, List.of()).stream().anyMatch(l -> byField.entrySet().stream().anyMatch(e -> !e.getKey().equals(field)
                && e.getValue().stream().anyMatch(o -> o.top() == l.top() && o.left() == l.left())));
    }

    /** The layout's places: the fields printed over more than one row. */
    private static List<String> places(CardLayout layout) {
        return layout.fields().stream().filter(f -> f.lines() > 1).map(CardLayout.Field::name).toList();
    }

    /** The first reading with the fields it left unread taken from another, where that one read them. */
    private IdCardReading filled(IdCardReading first, List<String> unread, IdCardReading again) {
        IdCardReading out = first;
        for (String field : unread) {
            String value = again.fields().get(field);
            if (value != null) {
                out = out.with(field, value, again.confidence().getOrDefault(field, 0.0), threshold);
            }
        }
        return out;
    }

    /**
     * A place still unread, looked for once more with the bands of the text column the page read no row in read
     * alone ({@link UnreadBands}) and put back among the rows: the page's layout can drop a place's label and
     * value together (small labels beside the QR, a row over the emblem) on the paper as it is and levelled alike.
     * A place read without its label may be the last row of one whose label and first row the page dropped so
     * ("Tỉnh An Giang" under a lost "Nơi cư trú: Khu phố 5, Xã Vĩnh Thạnh Trung,"): the bands' reading replaces it
     * when it found the place by its label, ends with what was read and every part before that starts as an address
     * part does (not "TỶ, Xóm 1, …": a speck read as a word over the place, the bands cut apart).
     */
    private IdCardReading placesInUnreadBands(BufferedImage card, List<TextRow> rows, CardLayout layout, IdCardReading first,
                                              List<String> byLabel) {
        List<String> places = places(layout);
        List<String> unread = places.stream().filter(f -> first.fields().get(f) == null).toList();
        List<String> unlabelled = places.stream().filter(f -> first.fields().get(f) != null && !byLabel.contains(f)).toList();
        if (unread.isEmpty() && unlabelled.isEmpty()) {
            return first;
        }
        List<TextRow> bands = unreadBands.read(card, rows, true);
        if (bands.isEmpty()) {
            return first;
        }
        List<TextRow> all = new java.util.ArrayList<>(rows);
        all.addAll(bands);
        all.sort(java.util.Comparator.comparingDouble(TextRow::top).thenComparingDouble(TextRow::left));
        LabelledFields.Result found = LabelledFields.find(all, layout);
        var byField = FrontShapes.fill(all, layout, DateOrder.fill(all, layout, found), found.byLabel());
        IdCardReading again = CardTextParser.parse(byField, layout.fieldNames(), threshold, 0);
        IdCardReading out = filled(first, unread, again);
        for (String place : unlabelled) {
            String tail = first.fields().get(place);
            String whole = again.fields().get(place);
            if (whole != null && found.byLabel().contains(place) && whole.length() > tail.length() && whole.endsWith(", " + tail)
                    && java.util.Arrays.stream(whole.substring(0, whole.length() - tail.length() - 2).split(",\\s*"))
                    .allMatch(AddressEnds::startsAsAddress)) {
                out = out.with(place, whole, again.confidence().getOrDefault(place, 0.0), threshold);
            }
        }
        return out;
    }

    /**
     * The dates against the card and the law, then the issue date's row looked at again and voted on, then one day read
     * for both dates kept by the field it can be ({@link OneDateForBoth}).
     */
    private IdCardReading checkDates(BufferedImage card, List<TextRow> rows, Map<String, List<CardTextParser.Line>> byField,
            CardLayout layout, IdCardReading reading, MrzResult mrz) {
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        IdCardReading checked = dateCheck.check(card, rows, byField, reading, mrz, threshold, today, layout.model().issuedFrom());
        checked = dateRowSecondLook.improve(card, rows, layout, checked);
        checked = issueDateVote.improve(card, rows, byField, layout, checked, threshold, today);
        // with an MRZ that holds, MrzBackDates has settled both dates
        return mrz != null && mrz.valid() ? checked : OneDateForBoth.mend(checked, rows, today, layout.model().issuedFrom(),
                () -> unreadBands.read(card, rows), threshold);
    }

    /**
     * A back whose page pass lost its markers and its MRZ rows as well (glare or blur over the print) may have an MRZ
     * that the MRZ's own reading of the strip still makes out: every check digit holding says it is a chip card's
     * back, and which one is told as when only the MRZ was read ({@link ModelDetector#chipBack}). Null when no
     * reading holds: a receipt's bottom third has no such line.
     */
    private String validMrzOfStrip(BufferedImage card, List<TextRow> rows) {
        CardLayout.Band strip = layouts.of(CardModel.CAN_CUOC_2024, CardSide.BACK).orElseThrow().mrz();
        String text = mrzReader.read(card, rows, strip, MrzReadings.PrintedDates.NONE);
        return text != null && mrzReader.parse(text).valid() ? text : null;
    }

    /** The issue and expiry dates as the page read them (ISO dates; anything else, "Không thời hạn" too, as none). */
    private static MrzReadings.PrintedDates printedDates(IdCardReading reading) {
        return new MrzReadings.PrintedDates(DateAgreement.parse(reading.fields().get("issueDate")),
                DateAgreement.parse(reading.fields().get("expiryDate")));
    }

    private CardLayout detect(BufferedImage card, List<TextRow> rows) {
        java.util.function.BooleanSupplier qrOnFace = () -> QrOnFace.inUpperHalf(card);
        CardLayout detected = ModelDetector.detect(rows, layouts.all(), qrOnFace);
        return detected != null ? detected : ModelDetector.backByMrz(rows, layouts.all(), qrOnFace);
    }

    /**
     * CPU time (ns, the reading thread, where Tesseract runs) of each step of the last reading: image
     * preparation, the page pass, finding the fields, the second looks at the number's and the name's rows,
     * the MRZ pass. For the bench, which reports what each step costs a card.
     */
    public record StageCpu(long prepare, long page, long fields, long numberSecondLook, long mrz) {
    }

    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();
    private StageCpu lastStages = new StageCpu(0, 0, 0, 0, 0);

    public synchronized StageCpu lastStages() {
        return lastStages;
    }

    private static long cpu() {
        return THREADS.getCurrentThreadCpuTime();
    }

    private interface LibC extends Library {
        int setenv(String name, String value, int overwrite);
    }

    /**
     * Tesseract's OpenMP threads make a card 3-4x slower on a 2-core kiosk (they fight the JVM for the
     * cores). OpenMP reads OMP_THREAD_LIMIT once, when libtesseract is loaded, so it is set in the process
     * environment before the first use; an explicit setting by the operator is kept.
     */
    private static void limitOpenMpThreads() {
        if (System.getenv("OMP_THREAD_LIMIT") != null) {
            return;
        }
        try {
            Native.load("c", LibC.class).setenv("OMP_THREAD_LIMIT", "1", 0);
        } catch (UnsatisfiedLinkError | RuntimeException e) {
            // not glibc: the operator sets OMP_THREAD_LIMIT=1 in the service file instead (docs/ocr.md)
        }
    }
}
