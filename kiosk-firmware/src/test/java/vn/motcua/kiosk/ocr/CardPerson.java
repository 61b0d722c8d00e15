package vn.motcua.kiosk.ocr;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A made-up card holder with everything any card face prints: for the card generators (this module's
 * {@link SyntheticCards} and the bench's second generator), never a real person. Addresses on cards issued
 * after the 2025 merger are two-level (commune, province) with the new names; older cards keep the old ones.
 */
public record CardPerson(String number, String name, LocalDate birth, boolean female, String origin,
                         List<String> residence, String placeOfBirth, LocalDate issue, LocalDate expiry,
                         String marks) {

    /** Where a card issued from 1 July 2025 takes its two-level address (commune, province) from. */
    public enum NewPlaces {
        /** A few communes of eight provinces (the bench's second generator draws these). */
        FEW,
        /** Any commune of the 34 provinces in force on the issue day (communes-2025.tsv; the tuning generator). */
        LIST
    }

    /** The 34 provinces' communes after 1 July 2025, a few per province, for two-level addresses. */
    private static final String[][] NEW_PLACES = {
            {"Thành phố Hà Nội", "Phường Ba Đình", "Phường Hoàn Kiếm", "Xã Sóc Sơn", "Phường Đống Đa"},
            {"Thành phố Hồ Chí Minh", "Phường Sài Gòn", "Phường Bến Thành", "Xã Củ Chi", "Phường Gò Vấp"},
            {"Tỉnh Bắc Ninh", "Phường Từ Sơn", "Xã Tiên Du", "Phường Bắc Giang"},
            {"Thành phố Đà Nẵng", "Phường Hải Châu", "Xã Hòa Vang", "Phường Hội An"},
            {"Thành phố Cần Thơ", "Phường Ninh Kiều", "Phường Cái Răng", "Phường Sóc Trăng"},
            {"Tỉnh Ninh Bình", "Phường Nam Định", "Xã Hải Hậu", "Phường Hoa Lư"},
            {"Tỉnh Thanh Hóa", "Phường Sầm Sơn", "Xã Hoằng Hóa", "Phường Hạc Thành"},
            {"Thành phố Huế", "Phường Thuận Hóa", "Phường Phú Xuân", "Xã Phú Vang"},
    };

    /** What the face of this model prints, in the reader's field names and formats. */
    public Map<String, String> fields(CardModel model, CardSide side) {
        Map<String, String> f = new LinkedHashMap<>();
        if (side == CardSide.FRONT) {
            f.put("number", number);
            f.put("name", name);
            f.put("dateOfBirth", birth.toString());
            f.put("sex", female ? "Nữ" : "Nam");
            f.put("nationality", "Việt Nam");
            if (model != CardModel.CAN_CUOC_2024) {
                f.put("placeOfOrigin", origin);
                f.put("placeOfResidence", String.join(", ", residence));
            }
        } else if (model == CardModel.CAN_CUOC_2024) {
            f.put("placeOfResidence", String.join(", ", residence));
            f.put("placeOfBirth", placeOfBirth);
            f.put("issueDate", issue.toString());
            f.put("expiryDate", expiry.toString());
            f.put("mrz", mrz());
        } else if (model == CardModel.CCCD_2021) {
            f.put("issueDate", issue.toString());
            f.put("mrz", mrz());
        } else { // the 2016 back: marks, the issue date and fingerprints; no MRZ
            f.put("issueDate", issue.toString());
        }
        return f;
    }

    /** dd/MM/yyyy as cards print dates. */
    public static String printed(LocalDate d) {
        return String.format("%02d/%02d/%04d", d.getDayOfMonth(), d.getMonthValue(), d.getYear());
    }

    /** A person for a card of this model, drawn from the seed (the same seed gives the same person). */
    public static CardPerson of(long seed, CardModel model) {
        return of(seed, model, NewPlaces.FEW);
    }

    /** As {@link #of(long, CardModel)}, with the two-level address of a card issued from 1 July 2025 from {@code places}. */
    public static CardPerson of(long seed, CardModel model, NewPlaces places) {
        Random r = new Random(seed * 7919 + model.ordinal());
        SyntheticCards.Card base = SyntheticCards.make(seed, SyntheticCards.Quality.CLEAN);
        Map<String, String> f = base.fields();
        LocalDate issue = switch (model) {
            case CCCD_2016 -> LocalDate.of(2016, 6, 1).plusDays(r.nextInt(1600));
            case CCCD_2021 -> LocalDate.of(2021, 1, 15).plusDays(r.nextInt(1200));
            case CAN_CUOC_2024 -> LocalDate.of(2024, 7, 1).plusDays(r.nextInt(700));
        };
        // the holder is 14..57 at issue, so the card has an expiry (after 60 it has none)
        LocalDate birth = LocalDate.parse(f.get("dateOfBirth"));
        birth = birth.withYear(issue.getYear() - 14 - Math.floorMod(birth.getYear(), 44));
        boolean female = f.get("sex").equals("Nữ");
        int centuryDigit = (birth.getYear() / 100 - 19) * 2 + (female ? 1 : 0);
        String number = f.get("number").substring(0, 3) + centuryDigit + String.format("%02d", birth.getYear() % 100)
                + f.get("number").substring(6);
        List<String> residence = List.of(f.get("placeOfResidence"));
        if (!issue.isBefore(LocalDate.of(2025, 7, 1))) {
            String street = f.get("placeOfResidence").split(", ")[0];
            residence = places == NewPlaces.LIST ? listed(street, issue, r) : few(street, r);
        } else {
            String[] parts = f.get("placeOfResidence").split(", ");
            residence = List.of(parts[0] + ", " + parts[1], parts[2] + ", " + parts[3]);
        }
        String placeOfBirth = f.get("placeOfOrigin");
        String[] marks = {"Nốt ruồi C:2cm trên trước đầu mày phải", "Sẹo chấm C:1cm dưới sau cánh mũi trái",
                "Nốt ruồi C:1,5cm dưới trước mép trái"};
        return new CardPerson(number, f.get("name"), birth, female, f.get("placeOfOrigin"), residence, placeOfBirth,
                issue, expiry(birth, issue, model == CardModel.CAN_CUOC_2024), marks[r.nextInt(marks.length)]);
    }

    private static List<String> few(String street, Random r) {
        String[] place = NEW_PLACES[r.nextInt(NEW_PLACES.length)];
        return List.of(street + ", " + place[1 + r.nextInt(place.length - 1)], place[0]);
    }

    private static List<String> listed(String street, LocalDate issue, Random r) {
        List<String> unit = newUnit(issue, r);
        return List.of(street + ", " + unit.get(0), unit.get(1));
    }

    /** A commune in force on the issue day (communes-2025.tsv) and its province as written that day. */
    public static List<String> newUnit(LocalDate issue, Random r) {
        List<AdminUnits.Unit> units = AdminUnits.after2025().units().stream().filter(u -> u.inForceOn(issue)).toList();
        AdminUnits.Unit unit = units.get(r.nextInt(units.size()));
        return List.of(unit.name(), unit.province().writtenOn(issue));
    }

    /**
     * The card's expiry by the age-milestone rule (Law on Citizen Identity 2014 art. 21, Law on
     * Identification 2023 art. 21: renew at 25, 40, 60, and 14 under the 2023 law; a card issued within two
     * years before a milestone lasts to the next one).
     */
    public static LocalDate expiry(LocalDate birth, LocalDate issue, boolean law2023) {
        for (int age : law2023 ? new int[]{14, 25, 40, 60} : new int[]{25, 40, 60}) {
            LocalDate milestone = birth.plusYears(age);
            if (issue.isBefore(milestone.minusYears(2))) {
                return milestone;
            }
        }
        throw new IllegalStateException("no expiry after 60");
    }

    /** The ICAO 9303 TD1 MRZ the back prints, with its 7-3-1 check digits. */
    public String mrz() {
        String document = number.substring(3);
        String l1 = "IDVNM" + document + check(document) + pad(number + check(number), 15);
        String birthText = yymmdd(birth);
        String expiryText = yymmdd(expiry);
        String l2head = birthText + check(birthText) + (female ? "F" : "M") + expiryText + check(expiryText) + "VNM";
        String l2opt = pad("", 11);
        String composite = l1.substring(5, 30) + l2head.substring(0, 7) + l2head.substring(8, 15) + l2opt;
        String l2 = l2head + l2opt + check(composite);
        String[] words = Fold.fold(name).toUpperCase(Locale.ROOT).split(" ");
        String l3 = pad(words[0] + "<<" + String.join("<", List.of(words).subList(1, words.length)), 30);
        return l1 + "\n" + l2 + "\n" + l3;
    }

    private static String yymmdd(LocalDate d) {
        return String.format("%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    private static String pad(String s, int n) {
        return (s + "<".repeat(n)).substring(0, n);
    }

    private static int check(String data) {
        return vn.motcua.kiosk.idcard.MrzParser.checkDigit(data);
    }
}
