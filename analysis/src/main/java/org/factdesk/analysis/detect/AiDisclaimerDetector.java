package org.factdesk.analysis.detect;

import java.util.List;
import java.util.regex.Pattern;
import org.factdesk.analysis.FlagType;
import org.factdesk.analysis.text.Sentence;
import org.factdesk.analysis.text.SentenceSplitter;

/**
 * Flags statements that the text itself was produced by or with artificial intelligence. The
 * evidence must be self-referential: a "Disclaimer" label, or one sentence that names this
 * article/page/content, a verb of producing (or translating) it, and AI. An article paragraph that
 * merely discusses AI has no such self-reference and is left alone.
 *
 * <p>The same three parts are read in German, French, Spanish, Italian, Portuguese and Dutch
 * ("Dieser Artikel wurde mit Hilfe von KI erstellt", "Cet article a été rédigé avec l'aide de
 * l'IA"): disclosures of real pages are often in the page's language (decision 0040).
 */
public final class AiDisclaimerDetector implements Detector {
  public static final String ID = "ai-disclaimer";

  private static final Pattern AI =
      Pattern.compile(
          "\\bAI\\b|artificial intelligence|language model|\\bLLMs?\\b|ChatGPT|machine[- ]generated"
              + "|automated system|\\bGPT-?\\d"
              + "|automated (?:writing|writer|news[- ]?writing|text|content|tools?|software|program)"
              + "|generative (?:model|tools?|software|system|technology)"
              + "|machine[- ]learning (?:software|model|tools?|system|program)"
              // German, French, Spanish, Italian, Portuguese, Dutch
              + "|\\bKI\\b|künstliche[rn]? Intelligenz|intelligence artificielle"
              // "IA" after an article or preposition only: alone it is also Iowa's abbreviation
              + "|(?:\\b(?:de|la|par|por|con|une|da|pela|com|avec)\\s+|[ld]['’])IA\\b"
              + "|intelig[eê]ncia artificial|intelligenza artificiale|kunstmatige intelligentie");
  private static final Pattern AI_CI = Pattern.compile(AI.pattern(), Pattern.CASE_INSENSITIVE);
  private static final Pattern LABEL =
      Pattern.compile(
          "^(?:(?:AI|A\\.I\\.|artificial intelligence)[-"
              + " ]?\\w*\\s+)?disclaimer\\s*[:\u2013\u2014-]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SELF =
      Pattern.compile(
          "\\b(?:this|our)\\s+(?:[\\w-]+\\s+)?(?:article|content|story|page|post|summary|text|report"
              + "|piece|site|website|news|newsroom|document|translation|version|newsletter)\\b"
              + "|\\bthe\\s+(?:article|content|story|text|report|summary)\\s+(?:above|below)\\b"
              // German, French, Spanish and Portuguese, Italian, Dutch: "this article/text/content"
              + "|\\b(?:dieser|diese|dieses|dieser|unser|unsere)\\s+(?:Artikel|Text|Beitrag|Inhalt"
              + "|Dokument|Analyse|Zusammenfassung|Bericht|Website|Seite)\\b"
              + "|\\b(?:cet|ce|cette)\\s+(?:article|texte|contenu|document|résumé|billet|analyse"
              + "|page|site)\\b"
              + "|\\b(?:este|esta)\\s+(?:artículo|artigo|texto|contenido|conteúdo|documento"
              + "|resumen|resumo|análisis|nota|matéria)\\b"
              + "|\\b(?:questo|questa)\\s+(?:articolo|testo|contenuto|documento|riassunto|pagina)\\b"
              + "|\\b(?:dit|deze)\\s+(?:artikel|tekst|inhoud|document|bericht|samenvatting)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern PRODUCED =
      Pattern.compile(
          "\\b(?:generated|written|produced|created|composed|drafted|prepared|assisted|summari[sz]ed|edited"
              + "|wrote|writes|generates|produces|drafts|translated"
              + "|erstellt|generiert|geschrieben|verfasst|übersetzt"
              + "|rédigée?|générée?|créée?|écrite?|traduite?|produite?"
              + "|redactad[oa]|redactado|generad[oa]|cread[oa]|escrit[oa]|traducid[oa]|elaborad[oa]"
              + "|producid[oa]|gerad[oa]|criad[oa]|produzid[oa]|traduzid[oa]"
              + "|scritt[oa]|generat[oa]|creat[oa]|tradott[oa]|prodott[oa]|redatt[oa]"
              + "|geschreven|gegenereerd|gemaakt|vertaald|opgesteld)\\b",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CHARACTER_CLASS);

  /**
   * The keywords a block must hold: the label, a self-reference, a name of AI, and a word of
   * producing (one of these occurs whenever {@link #PRODUCED} matches). Found in one pass with the
   * other detectors' keywords ({@link Prefilters}).
   */
  static final List<String[]> KEYWORDS =
      List.of(
          new String[] {"disclaimer"},
          selfKeywords(),
          new String[] {
            "artificial",
            " ai",
            "ai ",
            "(ai",
            "ai-",
            "language model",
            "llm",
            "gpt",
            "automated",
            "generative",
            "machine",
            "ki ",
            "ki-",
            "ki.",
            "ki,",
            "ki)",
            " ia ",
            " ia.",
            " ia,",
            "'ia",
            "’ia",
            "(ia",
            "künstliche",
            "artificiel",
            "kunstmatige"
          },
          producedKeywords());

  private static final int LABEL_WORD = 1;
  private static final int SELF_WORDS = 1 << 1;
  private static final int AI_WORDS = 1 << 2;
  private static final int PRODUCED_WORDS = 1 << 3;

  /**
   * The self-references: "this " and "our " stand for every English one; in the other languages the
   * words a self-reference starts with are too common in English ("ce", "dit", "quest"), so the
   * pairs themselves are the keywords.
   */
  private static String[] selfKeywords() {
    List<String> out = new java.util.ArrayList<>(List.of("this ", "our ", " above", " below"));
    out.addAll(List.of("dieser ", "diese ", "dieses ", "unser"));
    for (String noun :
        List.of(
            "article",
            "texte",
            "contenu",
            "document",
            "r\u00e9sum\u00e9",
            "billet",
            "analyse",
            "page",
            "site")) {
      out.add("cet " + noun);
      out.add("ce " + noun);
      out.add("cette " + noun);
    }
    for (String noun :
        List.of(
            "art\u00edculo",
            "artigo",
            "texto",
            "contenido",
            "conte\u00fado",
            "documento",
            "resumen",
            "resumo",
            "an\u00e1lisis",
            "nota",
            "mat\u00e9ria")) {
      out.add("este " + noun);
      out.add("esta " + noun);
    }
    for (String noun :
        List.of("articolo", "testo", "contenuto", "documento", "riassunto", "pagina")) {
      out.add("questo " + noun);
      out.add("questa " + noun);
    }
    for (String noun :
        List.of("artikel", "tekst", "inhoud", "document", "bericht", "samenvatting")) {
      out.add("dit " + noun);
      out.add("deze " + noun);
    }
    return out.toArray(String[]::new);
  }

  private static String[] producedKeywords() {
    return new String[] {
      "generate",
      "written",
      "produce",
      "created",
      "composed",
      "draft",
      "prepared",
      "assisted",
      "summari",
      "edited",
      "wrote",
      "writes",
      "translated",
      "erstellt",
      "generiert",
      "geschrieben",
      "verfasst",
      "übersetzt",
      "rédigé",
      "généré",
      "créé",
      "écrit",
      "tradui",
      "produit",
      "redact",
      "generad",
      "cread",
      "escrit",
      "traduc",
      "elaborad",
      "producid",
      "gerad",
      "criad",
      "produzid",
      "traduzid",
      "scritt",
      "generat",
      "creat",
      "tradott",
      "prodott",
      "redatt",
      "geschreven",
      "gegenereerd",
      "gemaakt",
      "vertaald",
      "opgesteld"
    };
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public void detect(DetectionContext context, FlagSink sink) {
    for (int i = 0; i < context.size(); i++) {
      String text = context.text(i);
      int present = Prefilters.ai(context.prefilterHits(i));
      boolean labelled = (present & LABEL_WORD) != 0;
      boolean selfAndAi = (present & SELF_WORDS) != 0 && (present & AI_WORDS) != 0;
      if (!labelled && !selfAndAi) {
        continue;
      }
      if (LABEL.matcher(text).find() && AI_CI.matcher(text).find()) {
        sink.add(
            i, FlagType.AI_DISCLAIMER, 0.97, ID, "starts with a disclaimer label and names AI");
        continue;
      }
      if ((present & PRODUCED_WORDS) == 0) {
        continue; // no sentence can say how the text was produced
      }
      for (Sentence s : SentenceSplitter.split(text)) {
        if (SELF.matcher(s.text()).find()
            && PRODUCED.matcher(s.text()).find()
            && AI.matcher(s.text()).find()) {
          sink.add(
              i,
              FlagType.AI_DISCLAIMER,
              0.88,
              ID,
              "a sentence says this text was produced with AI: '" + abbreviate(s.text()) + "'");
          break;
        }
      }
    }
  }

  static String abbreviate(String s) {
    return s.length() <= 90 ? s : s.substring(0, 87) + "...";
  }
}
