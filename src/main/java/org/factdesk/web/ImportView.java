package org.factdesk.web;

import jakarta.ejb.EJBException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.factdesk.analysis.ContentHint;
import org.factdesk.analysis.SourceInfo;
import org.factdesk.article.ArticleImporter;
import org.factdesk.article.ImportBatches;
import org.factdesk.article.ImportException;
import org.factdesk.article.ImportOutcome;
import org.factdesk.article.ImportRequest;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/** The Import page: paste an article (text or HTML) with what you know about it. */
@Named
@ViewScoped
public class ImportView implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ArticleImporter importer;
  @Inject private ImportBatches batches;

  private String content;
  private ContentHint format = ContentHint.AUTO;
  private String url;
  private String outlet;
  private LocalDate published;
  private ImportOutcome lastOutcome;
  private final PendingUploads uploads = new PendingUploads();

  /**
   * Each dropped or chosen file arrives here, one request per file; the batch starts when the
   * editor says so. The files waiting stay within the batch's limits ({@link PendingUploads}): the
   * setting {@code factdesk.import.max-batch-bytes} decides, checked on the file's size before its
   * content is read; web.xml's multipart limit is only an outer ceiling above it.
   */
  public void upload(FileUploadEvent event) {
    UploadedFile file = event.getFile();
    try {
      uploads.add(file.getFileName(), file.getSize(), file::getContent, batches.limits());
    } catch (ImportException e) {
      Messages.error(e.getMessage());
    }
  }

  public void clearUploads() {
    uploads.clear();
  }

  public void startBatch() throws IOException {
    List<PendingUploads.File> files = uploads.files();
    if (files.isEmpty()) {
      Messages.error("Choose or drop at least one file first.");
      return;
    }
    long id;
    try {
      id =
          batches.start(
              files.stream().map(u -> new ImportBatches.Upload(u.name(), u.bytes())).toList());
    } catch (ImportException e) {
      Messages.error(e.getMessage());
      return;
    }
    uploads.clear();
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(
            FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/articles/batch.xhtml?id="
                + id);
  }

  /** The most one file (and one batch) may hold, for the page's script to refuse larger files. */
  public long getMaxBatchBytes() {
    return batches.limits().maxBatchBytes();
  }

  public List<PendingUploads.File> getUploads() {
    return uploads.files();
  }

  public void importPasted() throws IOException {
    if (content == null || content.isBlank()) {
      Messages.error("Paste the article's text or HTML first.");
      return;
    }
    ImportRequest request =
        new ImportRequest(
            content.getBytes(StandardCharsets.UTF_8),
            format,
            new SourceInfo(url, outlet, null, published),
            "paste");
    try {
      lastOutcome = importer.importArticle(request);
    } catch (ImportException e) {
      Messages.error(e.getMessage());
      return;
    } catch (EJBException e) {
      Messages.error("The article could not be imported: " + rootMessage(e));
      return;
    }
    if (lastOutcome.kind() == ImportOutcome.Kind.IMPORTED) {
      Messages.infoAfterRedirect("Imported: " + lastOutcome.message() + ".");
      FacesContext.getCurrentInstance()
          .getExternalContext()
          .redirect(
              FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                  + "/articles/article.xhtml?id="
                  + lastOutcome.articleId());
    } else {
      Messages.info("Not imported: " + lastOutcome.message() + ".");
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }

  public ContentHint[] getFormats() {
    return ContentHint.values();
  }

  public ImportOutcome getLastOutcome() {
    return lastOutcome;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public ContentHint getFormat() {
    return format;
  }

  public void setFormat(ContentHint format) {
    this.format = format;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getOutlet() {
    return outlet;
  }

  public void setOutlet(String outlet) {
    this.outlet = outlet;
  }

  public LocalDate getPublished() {
    return published;
  }

  public void setPublished(LocalDate published) {
    this.published = published;
  }
}
