package vn.motcua.kiosk.idcard;

/** Writes TD1 MRZ text the way the card printer does, with correct check digits, for tests. */
final class MrzMaker {
    private MrzMaker() {
    }

    static String td1(String personal, String birth, char sex, String expiry, String surname, String given) {
        String document = personal.substring(3);
        String optional = pad(personal + MrzParser.checkDigit(personal), 15);
        String l1 = "IDVNM" + document + MrzParser.checkDigit(document) + optional;
        String l2head = birth + MrzParser.checkDigit(birth) + sex + expiry + MrzParser.checkDigit(expiry) + "VNM";
        String l2opt = pad("", 11);
        String composite = l1.substring(5, 30) + l2head.substring(0, 7) + l2head.substring(8, 15) + l2opt;
        String l2 = l2head + l2opt + MrzParser.checkDigit(composite);
        String l3 = pad(surname.replace(' ', '<') + "<<" + given.replace(' ', '<'), 30);
        return l1 + "\n" + l2 + "\n" + l3;
    }

    private static String pad(String s, int n) {
        return (s + "<".repeat(n)).substring(0, n);
    }
}
