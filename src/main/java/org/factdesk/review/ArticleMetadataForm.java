package org.factdesk.review;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.LocalDate;

/** The metadata an editor corrects on the review page, with the rules each field must meet. */
public class ArticleMetadataForm implements Serializable {

  private static final long serialVersionUID = 1L;

  @NotBlank(message = "Title: enter the article's title.")
  @Size(max = 1000, message = "Title: at most 1,000 characters.")
  private String title;

  @Size(max = 255, message = "Outlet: at most 255 characters.")
  private String outlet;

  @PastOrPresent(message = "Published: the date lies in the future.")
  private LocalDate published;

  @Size(max = 2048, message = "URL: at most 2,048 characters.")
  @Pattern(
      regexp = "^(https?://[^\\s/?#]+[^\\s]*)?$",
      message = "URL: give a web address starting with http:// or https://.")
  private String url;

  @Size(max = 255, message = "Author: at most 255 characters.")
  private String author;

  @Pattern(
      regexp = "^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$",
      message = "Language: give a language code such as en, de or pt-BR.")
  private String language;

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
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

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }

  public String getAuthor() {
    return author;
  }

  public void setAuthor(String author) {
    this.author = author;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }
}
