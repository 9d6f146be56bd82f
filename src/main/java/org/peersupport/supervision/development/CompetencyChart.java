package org.peersupport.supervision.development;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.peersupport.supervision.cycle.CompetencyDomain;
import org.peersupport.supervision.cycle.CompetencySelfAssessment;
import org.peersupport.supervision.cycle.CompetencySelfAssessments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A specialist's competency self-assessments over time (the 1-5 ratings of each reflection), as series
 * per competency domain and as an SVG line chart: one line per domain, one point per assessment date.
 */
@Service
public class CompetencyChart {

  public record Point(LocalDate assessedOn, int rating) {}

  static final String[] COLORS = {"#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
      "#7f7f7f", "#bcbd22", "#17becf", "#393b79", "#637939"};
  static final int WIDTH = 900;
  static final int HEIGHT = 420;
  private static final int LEFT = 50;
  private static final int RIGHT = 520;
  private static final int TOP = 40;
  private static final int BOTTOM = 340;

  private final CompetencySelfAssessments assessments;

  public CompetencyChart(CompetencySelfAssessments assessments) {
    this.assessments = assessments;
  }

  /** Ratings per domain, oldest first; domains never rated are left out. */
  @Transactional(readOnly = true)
  public Map<CompetencyDomain, List<Point>> series(String specialistId) {
    Map<CompetencyDomain, List<Point>> series = new EnumMap<>(CompetencyDomain.class);
    for (CompetencySelfAssessment a : assessments.findBySpecialistIdOrderByAssessedOnAscDomainAsc(specialistId)) {
      series.computeIfAbsent(a.getDomain(), d -> new ArrayList<>()).add(new Point(a.getAssessedOn(), a.getRating()));
    }
    return series;
  }

  /** The chart as a standalone SVG document. */
  public String svg(String title, Map<CompetencyDomain, List<Point>> series) {
    TreeSet<LocalDate> dates = new TreeSet<>();
    series.values().forEach(points -> points.forEach(p -> dates.add(p.assessedOn())));
    List<LocalDate> axis = new ArrayList<>(dates);
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"11\">\n");
    svg.append("<title>").append(escape(title)).append("</title>\n");
    svg.append("<text x=\"").append(LEFT).append("\" y=\"22\" font-size=\"15\">").append(escape(title))
        .append("</text>\n");
    for (int rating = 1; rating <= 5; rating++) {
      int y = y(rating);
      svg.append("<line x1=\"").append(LEFT).append("\" y1=\"").append(y).append("\" x2=\"").append(RIGHT)
          .append("\" y2=\"").append(y).append("\" stroke=\"#ddd\"/>")
          .append("<text x=\"").append(LEFT - 15).append("\" y=\"").append(y + 4).append("\">").append(rating)
          .append("</text>\n");
    }
    if (axis.isEmpty()) {
      svg.append("<text x=\"").append(LEFT + 10).append("\" y=\"").append((TOP + BOTTOM) / 2)
          .append("\">No self-assessments yet.</text>\n");
    }
    int step = Math.max(1, axis.size() / 8);
    for (int i = 0; i < axis.size(); i += step) {
      svg.append("<text x=\"").append(x(i, axis.size())).append("\" y=\"").append(BOTTOM + 18)
          .append("\" text-anchor=\"middle\">").append(axis.get(i)).append("</text>\n");
    }
    int legendY = TOP;
    for (Map.Entry<CompetencyDomain, List<Point>> entry : series.entrySet()) {
      String color = COLORS[entry.getKey().ordinal() % COLORS.length];
      StringBuilder points = new StringBuilder();
      for (Point p : entry.getValue()) {
        points.append(x(axis.indexOf(p.assessedOn()), axis.size())).append(',').append(y(p.rating())).append(' ');
      }
      svg.append("<polyline data-domain=\"").append(entry.getKey().name()).append("\" fill=\"none\" stroke=\"")
          .append(color).append("\" stroke-width=\"2\" points=\"").append(points.toString().strip()).append("\"/>\n");
      svg.append("<rect x=\"").append(RIGHT + 20).append("\" y=\"").append(legendY - 9)
          .append("\" width=\"10\" height=\"10\" fill=\"").append(color).append("\"/>")
          .append("<text x=\"").append(RIGHT + 36).append("\" y=\"").append(legendY).append("\">")
          .append(escape(entry.getKey().label())).append("</text>\n");
      legendY += 18;
    }
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static int x(int index, int count) {
    return count <= 1 ? (LEFT + RIGHT) / 2 : LEFT + 20 + index * (RIGHT - LEFT - 40) / (count - 1);
  }

  private static int y(int rating) {
    return BOTTOM - (rating - 1) * (BOTTOM - TOP) / 4;
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
