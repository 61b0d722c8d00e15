package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSpellingTest {

    @Test
    void aWordOneConfusionFromOnlyOneSyllableIsThatSyllable() {
        // a circumflex where the hook of Ả is ("âi" is no rhyme), N read as X ("xh" is no onset)
        assertThat(NameSpelling.correct("MẠC VIẾT KHẨI")).isEqualTo("MẠC VIẾT KHẢI");
        assertThat(NameSpelling.correct("LỤC XHƯ TUYẾT")).isEqualTo("LỤC NHƯ TUYẾT");
        // the space lost between two syllables
        assertThat(NameSpelling.correct("LỤC THỊSỸ KHẢI")).isEqualTo("LỤC THỊ SỸ KHẢI");
    }

    @Test
    void theFamilyNameSettlesBetweenNearSyllables() {
        // CHẦU and CHÂU are both one letter from CHÂẦU; only Châu is a family name
        assertThat(NameSpelling.near("CHÂẦU")).contains("CHẦU", "CHÂU");
        assertThat(NameSpelling.correct("CHÂẦU SỸ HỒNG LUYẾN")).isEqualTo("CHÂU SỸ HỒNG LUYẾN");
    }

    @Test
    void aFirstWordNearNoFamilyNameIsTheOneFamilyNameOneLetterOff() {
        // the F is no Vietnamese letter and dropping it leaves the syllable RẦN; the family name one letter off wins
        assertThat(NameSpelling.near("FRẦN")).containsExactly("RẦN");
        assertThat(NameSpelling.correct("FRẦN KIM LỘC")).isEqualTo("TRẦN KIM LỘC");
        assertThat(NameSpelling.correct("FRƯƠNG THỊ DIỄM")).isEqualTo("TRƯƠNG THỊ DIỄM");
        // a given name is no family name: the same word later in the name is left to the syllables
        assertThat(NameSpelling.correct("LÊ FRẦN")).isEqualTo("LÊ RẦN");
    }

    @Test
    void aWordNearSeveralSyllablesIsLeftAsRead() {
        // BÍCH or BỊCH: a stop final takes the sắc or the nặng tone, and nothing tells which
        assertThat(NameSpelling.near("BICH")).containsExactlyInAnyOrder("BÍCH", "BỊCH");
        assertThat(NameSpelling.correct("HỨA THỊ BICH KHUÊ")).isEqualTo("HỨA THỊ BICH KHUÊ");
        // a tone on the glide of a closed syllable: moved to its nucleus, or a speck read as a mark?
        assertThat(NameSpelling.near("HÒANG")).containsExactlyInAnyOrder("HOÀNG", "HOANG");
    }

    @Test
    void wellFormedNamesAndForeignWordsAreNeverChanged() {
        for (String name : new String[]{"TÔN VAN ƯỚC", "ÂU MỸ THƯƠNG", "NGUYỄN VĂN AN", "KSOR H BLONG", "NIÊ KDĂM"}) {
            assertThat(NameSpelling.correct(name)).isEqualTo(name);
        }
        assertThat(NameSpelling.wellFormed("NGUYỄN THỊ HOÀ")).isTrue();
        assertThat(NameSpelling.wellFormed("NIÊ KDĂM")).isFalse();
    }

    @Test
    void theSecondLookSettlesAWordOnlyWithASyllableNearIt() {
        assertThat(NameSpelling.confirm("HỨA THỊ BICH KHUÊ", "HỨA THỊ BÍCH KHUÊ")).isEqualTo("HỨA THỊ BÍCH KHUÊ");
        // the first reading's good words are kept: the second look only settles the ill-formed one
        assertThat(NameSpelling.confirm("HỨA THỊ BICH KHUÊ", "HỪA THỊ BỊCH KHUÊ")).isEqualTo("HỨA THỊ BỊCH KHUÊ");
        // a second reading that is itself ill-formed, or far from the first, helps nothing
        assertThat(NameSpelling.confirm("HỨA THỊ BICH KHUÊ", "HỨA THỊ BlCH KHUÊ")).isNull();
        assertThat(NameSpelling.confirm("HỨA THỊ BICH KHUÊ", "NĂM SINH DATE")).isNull();
        assertThat(NameSpelling.confirm("HỨA THỊ BICH KHUÊ", "NGUYỄN VĂN AN")).isNull();
        // a first reading that is well formed is not the second look's to change
        assertThat(NameSpelling.confirm("HỨA THỊ BÍCH KHUÊ", "HỨA THỊ BỊCH KHUÊ")).isNull();
    }

    @Test
    void aWholeSecondReadingReplacesTheFirstWhenItDiffersOnlyAboutTheIllFormedWords() {
        // the first lost a space and a mark; the second is whole
        assertThat(NameSpelling.confirm("ĐOÀN Ÿ SỸ NGUYỆT", "ĐOÀN SỸ SỸ NGUYỆT")).isEqualTo("ĐOÀN SỸ SỸ NGUYỆT");
    }
}
