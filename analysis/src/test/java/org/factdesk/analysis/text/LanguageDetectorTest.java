package org.factdesk.analysis.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {
  @Test
  void recognisesTheSupportedLanguages() {
    assertEquals(
        "en",
        LanguageDetector.detect(
            "The ministry said that it would review the rules and that the exporters were not"
                + " consulted about the changes."));
    assertEquals(
        "de",
        LanguageDetector.detect(
            "Das Ministerium sagte, dass es die Regeln prüfen wird und dass die Exporteure nicht"
                + " gefragt wurden, aber sie sind mit dem Plan nicht zufrieden."));
    assertEquals(
        "fr",
        LanguageDetector.detect(
            "Le ministère a déclaré qu'il allait revoir les règles et que les exportateurs ne sont"
                + " pas consultés sur les changements de la loi."));
    assertEquals(
        "es",
        LanguageDetector.detect(
            "El ministerio dijo que revisará las normas y que los exportadores no fueron"
                + " consultados sobre los cambios de la ley del puerto."));
    assertEquals(
        "it",
        LanguageDetector.detect(
            "Il ministero ha detto che rivedrà le regole e che gli esportatori non sono stati"
                + " consultati sui cambiamenti della legge nel porto."));
    assertEquals(
        "nl",
        LanguageDetector.detect(
            "Het ministerie zei dat het de regels zal herzien en dat de exporteurs niet zijn"
                + " geraadpleegd over de wijzigingen van de wet in de haven."));
    assertEquals(
        "pt",
        LanguageDetector.detect(
            "O ministério disse que vai rever as regras e que os exportadores não foram consultados"
                + " sobre as mudanças da lei no porto da cidade."));
  }

  @Test
  void answersUndeterminedWhenUnsure() {
    assertEquals("und", LanguageDetector.detect("Kestrel Bay"));
    assertEquals("und", LanguageDetector.detect("12 34 56 78 90 11 12 13 14 15"));
  }
}
