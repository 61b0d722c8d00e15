package vn.motcua.kiosk.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommuneListExportTest {
    private static final String SQL_2025 = """
            INSERT INTO provinces(code,name,name_en,full_name,full_name_en,code_name,administrative_unit_id) VALUES
            ('75','Đồng Nai','Dong Nai','Tỉnh Đồng Nai','Dong Nai Province','dong_nai',2);
            INSERT INTO wards(code,name,name_en,full_name,full_name_en,code_name,province_code,administrative_unit_id) VALUES
            ('25270','Lộc Ninh','Loc Ninh','Xã Lộc Ninh','Loc Ninh Commune','loc_ninh','75',4),
            ('24280','Cư M''gar','Cu M''gar','Xã Cư M''gar','Cu M''gar Commune','cu_mgar','66',4),
            ('00175','Yên Hòa','Yen Hoa','Phường Yên Hòa','Yen Hoa Ward','yen_hoa','01',3),
            ('00922','Phó Bảng','Pho Bang','Xã Phó Bảng','Pho Bang Commune','pho_bang','08',4);
            """;
    private static final String SQL_2026 = """
            ('25270','Lộc Ninh','Loc Ninh','Phường Lộc Ninh','Loc Ninh Ward','loc_ninh','75',3),
            ('24280','Cư M''gar','Cu M''gar','xã Cư M''gar','Cu M''gar Commune','cu_mgar','66',4),
            ('00175','Yên Hoà','Yen Hoa','Phường Yên Hoà','Yen Hoa Ward','yen_hoa','01',3),
            ('00922','Phố Bảng','Pho Bang','Xã Phố Bảng','Pho Bang Commune','pho_bang','08',4);
            """;

    @Test
    void wardRowsAreReadWithQuotesAndProvinceRowsAreNot() {
        assertThat(CommuneListExport.wards(SQL_2025)).containsExactly(
                new CommuneListExport.Ward("25270", "75", "Xã Lộc Ninh"),
                new CommuneListExport.Ward("24280", "66", "Xã Cư M'gar"),
                new CommuneListExport.Ward("00175", "01", "Phường Yên Hòa"),
                new CommuneListExport.Ward("00922", "08", "Xã Phó Bảng"));
        assertThat(CommuneListExport.tuple("('a','b''c',3")).isEmpty();
    }

    @Test
    void aRenamedUnitEndsWhereItsNewNameBeginsAndSpellingOnlyChangesDoNot() {
        List<String> lines = CommuneListExport.lines(
                List.of(CommuneListExport.wards(SQL_2025), CommuneListExport.wards(SQL_2026)),
                List.of(LocalDate.of(2025, 7, 1), LocalDate.of(2026, 4, 30)));
        assertThat(lines).containsExactly(
                "001\tPhường Yên Hòa\t2025-07-01\t",
                "008\tXã Phố Bảng\t2025-07-01\t",
                "066\tXã Cư M'gar\t2025-07-01\t",
                "075\tXã Lộc Ninh\t2025-07-01\t2026-04-30",
                "075\tPhường Lộc Ninh\t2026-04-30\t");
    }
}
