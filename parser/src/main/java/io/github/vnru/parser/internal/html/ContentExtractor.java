package io.github.vnru.parser.internal.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Internal: finds the article in a page's {@code <body>} and gives every stretch of visible text a
 * role, in document order. Nothing is dropped: what is not the article is {@link
 * HtmlPage.Role#BOILERPLATE}.
 *
 * <p>The method, in the spirit of Readability and trafilatura, with general rules only:
 *
 * <ol>
 *   <li>The page is cut into <em>blocks</em>: the text between two block-level tags, with how much
 *       of it is link text.
 *   <li>Every block of 25 characters or more scores its parent, grandparent and three more
 *       ancestors (1 + commas + one per 100 characters, at most 3; less the further up). An
 *       element's score starts from its tag ({@code article} and {@code main} up, lists and
 *       headings down) and its class and id ({@code content}, {@code article-body} up; {@code
 *       comment}, {@code sidebar}, {@code related} down), and is multiplied by 1 - its link
 *       density. An element marked {@code itemprop=articleBody} with enough text wins outright.
 *   <li>The best element and those of its siblings that score near it, or hold a paragraph of
 *       prose with few links, are the article's container.
 *   <li>Inside the container a block is body text unless it sits in navigation, an aside, a
 *       footer, or an element whose class or id says share, comments, related, newsletter,
 *       advertisement, tags and the like, or is mostly links; {@code figcaption} and caption
 *       classes are captions, byline, author and source classes are credits. Outside it,
 *       everything is boilerplate but captions and credits.
 * </ol>
 *
 * <p>Every pass is an iterative walk over the tree (no recursion), so depth costs nothing and the
 * work is linear in the size of the page.
 */
public final class ContentExtractor {
  static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
          "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
          "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
          "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
          "tr", "ul", "legend", "option", "br", "img", "picture");

  /** Classes and ids that make an element unlikely to hold the article (Readability's list). */
  private static final Pattern UNLIKELY =
      Pattern.compile(
          "-ad-|banner|breadcrumb|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr"
              + "|header|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper"
              + "|social|sponsor|supplemental|ad-break|agegate|pagination|pager|popup|promo");

  private static final Pattern NEGATIVE =
      Pattern.compile(
          "hidden|banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media"
              + "|meta|outbrain|taboola|promo|related|scroll|share|shoutbox|sidebar|skyscraper"
              + "|sponsor|shopping|tags|tool|widget|newsletter|subscribe|recommend|nav|menu");

  private static final Pattern POSITIVE =
      Pattern.compile(
          "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|detail"
              + "|chitiet|noidung|fck|sapo");

  /**
   * Inside the article: a class or id word that marks page furniture. Matched at the start of a
   * word of the class or id (words split at {@code - _} and spaces).
   */
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?:^|[\\s_-])(?:comments?|commentlist|share|sharing|sharethis|social|socials|related"
              + "|relatedposts|recommend\\w*|newsletter|subscribe|subscription|signup|promo\\w*"
              + "|advert\\w*|ads?|adv|advertisement|sponsor\\w*|banner|breadcrumbs?|tags?|taglist"
              + "|tagcloud|keywords?|sidebar|widget|popup|modal|cookie|footer|nav|navbar|navigation"
              + "|menu|toolbar|print|rating|rate|more|readmore|read-more|also|see-also|bio"
              + "|author-bio|outbrain|taboola|paywall|inline-cta|cta|newsletter-signup|hidden"
              + "|visually-hidden|sr-only|screen-reader-text|tools|utility|follow|donate"
              + "|trending|popular|mostread|most-read|next|prev|pagination|pager|box-tinlienquan"
              + "|tinlienquan|lienquan|tin-lien-quan|xemthem|tin-khac|tinkhac)(?:$|[\\s_-])");

  private static final Pattern CAPTION =
      Pattern.compile(
          "(?:^|[\\s_-])(?:caption|captions|figcaption|image-caption|photo-caption|wp-caption-text"
              + "|credit-caption|desc_image|image_desc|expNoEdit|PhotoCMS_Caption|chuthich"
              + "|chu-thich|img-caption|media-caption|figure-caption)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern CREDIT =
      Pattern.compile(
          "(?:^|[\\s_-])(?:byline|bylines|author|authors|author-name|writer|source|nguon|tacgia"
              + "|tac-gia|dateline|credit|credits|copyright|reporter)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private static final Pattern LEAD =
      Pattern.compile(
          "(?:^|[\\s_-])(?:sapo|lead|standfirst|summary|intro|description|excerpt|dek|subtitle"
              + "|chapeau|abstract|tomtat)(?:$|[\\s_-])",
          Pattern.CASE_INSENSITIVE);

  private static final Set<String> NAV_TAGS = Set.of("nav", "aside", "footer", "menu");
  private static final Set<String> JUNK =
      Set.of(
          "advertisement", "advertising", "ad", "ads", "sponsored", "share", "share this",
          "share this article", "read more", "see more", "more", "tweet", "print", "email",
          "comments", "comment", "related", "related articles", "related stories", "quảng cáo",
          "chia sẻ", "bình luận", "xem thêm", "tin liên quan", "in bài", "gửi bài", "continue reading",
          "story continues below advertisement", "scroll to continue with content",
          "skip to main content", "subscribe", "sign up", "log in", "login");

  private static boolean debug() {
    return Boolean.getBoolean("vnru.html.debug");
  }

  private ContentExtractor() {}

  /** A stretch of text between block tags. */
  static final class Block {
    final Element owner;
    final StringBuilder text = new StringBuilder();
    int linkChars;
    int chars;
    String clean;
    HtmlPage.Role role;
    // flags from the second walk
    boolean inContent;
    boolean furniture;
    boolean navTag;
    boolean caption;
    boolean credit;
    boolean lead;
    boolean h1;
    boolean heading;
    boolean listItem;
    /** In an element whose class, id or role says it is not the article (never scored). */
    boolean unlikely;

    Block(Element owner) {
      this.owner = owner;
    }
  }

  /** The blocks of {@code body}, each with a role, in document order. */
  public static List<HtmlPage.Block> extract(Element body) {
    List<Block> blocks = linearize(body);
    Map<Element, List<Block>> byOwner = new IdentityHashMap<>();
    for (Block b : blocks) {
      byOwner.computeIfAbsent(b.owner, k -> new ArrayList<>(2)).add(b);
    }
    Map<Element, int[]> totals = totals(body, byOwner);
    List<Element> roots = chooseRoots(body, blocks, totals, true);
    int chosen = 0;
    for (Element r : roots) {
      chosen += chars(totals, r);
    }
    if (chosen < 500 || roots.contains(body)) {
      // as Readability does: when skipping unlikely elements leaves too little, score them too
      List<Element> again = chooseRoots(body, blocks, totals, false);
      int more = 0;
      for (Element r : again) {
        more += chars(totals, r);
      }
      if (more > chosen) {
        roots = again;
      }
    }
    int rootChars = 0;
    for (Element r : roots) {
      rootChars += chars(totals, r);
    }
    flag(body, byOwner, roots, totals, rootChars);
    List<HtmlPage.Role> roles = new ArrayList<>(blocks.size());
    int firstBody = -1;
    for (Block b : blocks) {
      HtmlPage.Role r = classify(b);
      if (firstBody < 0 && (r == HtmlPage.Role.BODY || r == HtmlPage.Role.LEAD)) {
        firstBody = roles.size();
      }
      roles.add(r);
    }
    // a standfirst (sapo, lead, summary class) just before the article's container, as news
    // sites put it beside an itemprop=articleBody, is its lead
    for (int i = firstBody - 1; i >= 0 && i >= firstBody - 3; i--) {
      Block b = blocks.get(i);
      if (b.lead && !b.furniture && !b.navTag && roles.get(i) == HtmlPage.Role.BOILERPLATE
          && b.clean.length() >= 40 && b.clean.length() <= 800 && b.linkChars * 4 < b.chars) {
        roles.set(i, HtmlPage.Role.LEAD);
        break;
      }
    }
    List<HtmlPage.Block> out = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      out.add(new HtmlPage.Block(roles.get(i), blocks.get(i).clean));
    }
    return out;
  }

  private static HtmlPage.Role classify(Block b) {
    if (b.h1) {
      return HtmlPage.Role.HEADLINE;
    }
    if (b.caption) {
      return HtmlPage.Role.CAPTION;
    }
    if (b.credit && b.clean.length() < 250) {
      return HtmlPage.Role.CREDIT;
    }
    if (!b.inContent || b.furniture || b.navTag) {
      return HtmlPage.Role.BOILERPLATE;
    }
    String lower = b.clean.toLowerCase(Locale.ROOT);
    if (JUNK.contains(lower.replaceAll("[\\p{P}\\s]+$", ""))) {
      return HtmlPage.Role.BOILERPLATE;
    }
    double ld = b.chars == 0 ? 0 : (double) b.linkChars / b.chars;
    if (ld > 0.5 && (b.chars < 300 || ld > 0.8)) {
      return HtmlPage.Role.BOILERPLATE;
    }
    if (b.lead) {
      return HtmlPage.Role.LEAD;
    }
    return HtmlPage.Role.BODY;
  }

  // ---------------------------------------------------------------------------------------------
  // 1. blocks

  private static List<Block> linearize(Element body) {
    List<Block> blocks = new ArrayList<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          final List<Element> owners = new ArrayList<>();
          final List<Boolean> unlikelyStack = new ArrayList<>();
          Block current;
          int inLink;
          int unlikely;

          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode) {
              TextNode t = (TextNode) node;
              String s = t.getWholeText();
              if (s.isEmpty()) {
                return;
              }
              if (current == null) {
                current = new Block(owners.isEmpty() ? body : owners.get(owners.size() - 1));
                current.unlikely = unlikely > 0;
              }
              current.text.append(s);
              if (inLink > 0) {
                current.linkChars += countNonBlank(s);
              }
            } else if (node instanceof Element) {
              Element e = (Element) node;
              String tag = e.normalName();
              if (tag.equals("a")) {
                inLink++;
              }
              boolean u = isUnlikely(e, tag);
              unlikelyStack.add(u);
              if (u) {
                unlikely++;
              }
              if (BLOCK_TAGS.contains(tag) || u) {
                flush();
                owners.add(e);
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element) {
              Element e = (Element) node;
              String tag = e.normalName();
              if (tag.equals("a")) {
                inLink--;
              }
              boolean u = unlikelyStack.remove(unlikelyStack.size() - 1);
              if (BLOCK_TAGS.contains(tag) || u) {
                flush();
                if (!owners.isEmpty()) {
                  owners.remove(owners.size() - 1);
                }
              }
              if (u) {
                unlikely--;
              }
            }
          }

          void flush() {
            if (current != null) {
              String clean = collapse(current.text);
              if (!clean.isEmpty()) {
                current.clean = clean;
                current.chars = countNonBlank(clean);
                current.linkChars = Math.min(current.linkChars, current.chars);
                blocks.add(current);
              }
              current = null;
            }
          }
        },
        body);
    return blocks;
  }

  private static final Pattern MAYBE = Pattern.compile("and|article|body|column|content|main|shadow");
  private static final Set<String> UNLIKELY_ROLES =
      Set.of("menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog",
          "banner", "contentinfo", "search");

  /** Readability's unlikely candidates: never scored (their text may still be body text). */
  private static boolean isUnlikely(Element e, String tag) {
    if (tag.equals("body") || tag.equals("a") || tag.equals("article") || tag.equals("main")) {
      return false;
    }
    if (UNLIKELY_ROLES.contains(e.attr("role").toLowerCase(Locale.ROOT))) {
      return true;
    }
    return (bits(classAndId(e)) & B_UNLIKELY) != 0;
  }

  /** White space runs to one space, trimmed. */
  static String collapse(CharSequence s) {
    StringBuilder sb = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF') {
        space = sb.length() > 0;
      } else {
        if (space) {
          sb.append(' ');
          space = false;
        }
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static int countNonBlank(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------
  // 2. totals per element: {chars, linkChars}, in one post-order walk

  private static Map<Element, int[]> totals(Element body, Map<Element, List<Block>> byOwner) {
    Map<Element, int[]> totals = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element)) {
              return;
            }
            Element e = (Element) node;
            int[] t = totals.get(e);
            List<Block> own = byOwner.get(e);
            if (own != null) {
              if (t == null) {
                t = new int[2];
                totals.put(e, t);
              }
              for (Block b : own) {
                t[0] += b.chars;
                t[1] += b.linkChars;
              }
            }
            if (t != null && e != body && e.parent() != null) {
              int[] p = totals.computeIfAbsent(e.parent(), k -> new int[2]);
              p[0] += t[0];
              p[1] += t[1];
            }
          }
        },
        body);
    return totals;
  }

  private static double linkDensity(Map<Element, int[]> totals, Element e) {
    int[] t = totals.get(e);
    return t == null || t[0] == 0 ? 0 : (double) t[1] / t[0];
  }

  private static int chars(Map<Element, int[]> totals, Element e) {
    int[] t = totals.get(e);
    return t == null ? 0 : t[0];
  }

  // ---------------------------------------------------------------------------------------------
  // 3. the container

  private static final int B_UNLIKELY = 1;
  private static final int B_NEGATIVE = 2;
  private static final int B_POSITIVE = 4;
  private static final int B_FURNITURE = 8;
  private static final int B_STRONG = 16;
  private static final int B_CAPTION = 32;
  private static final int B_CREDIT = 64;
  private static final int B_LEAD = 128;
  private static final java.util.concurrent.ConcurrentHashMap<String, Integer> BITS =
      new java.util.concurrent.ConcurrentHashMap<>();

  /**
   * What a class-and-id string says, as bits; pages repeat the same few class strings thousands of
   * times, so the answers are cached (at most 20,000, then the cache starts again).
   */
  private static int bits(String ci) {
    if (ci.isEmpty()) {
      return 0;
    }
    Integer cached = BITS.get(ci);
    if (cached != null) {
      return cached;
    }
    int b = 0;
    if (UNLIKELY.matcher(ci).find() && !MAYBE.matcher(ci).find()) {
      b |= B_UNLIKELY;
    }
    b |= NEGATIVE.matcher(ci).find() ? B_NEGATIVE : 0;
    b |= POSITIVE.matcher(ci).find() ? B_POSITIVE : 0;
    b |= FURNITURE.matcher(ci).find() ? B_FURNITURE : 0;
    b |= POSITIVE_STRONG.matcher(ci).find() ? B_STRONG : 0;
    b |= CAPTION.matcher(ci).find() ? B_CAPTION : 0;
    b |= CREDIT.matcher(ci).find() ? B_CREDIT : 0;
    b |= LEAD.matcher(ci).find() ? B_LEAD : 0;
    if (ci.length() <= 200) {
      if (BITS.size() > 20_000) {
        BITS.clear();
      }
      BITS.put(ci, b);
    }
    return b;
  }

  private static String classAndId(Element e) {
    String c = e.className();
    String id = e.id();
    if (c.isEmpty()) {
      return id.toLowerCase(Locale.ROOT);
    }
    return id.isEmpty()
        ? c.toLowerCase(Locale.ROOT)
        : (c + " " + id).toLowerCase(Locale.ROOT);
  }

  private static double classWeight(Element e) {
    int bits = bits(classAndId(e));
    double w = 0;
    if ((bits & B_NEGATIVE) != 0) {
      w -= 25;
    }
    if ((bits & B_POSITIVE) != 0) {
      w += 25;
    }
    String itemprop = e.attr("itemprop");
    if (itemprop.equalsIgnoreCase("articleBody")) {
      w += 50;
    }
    return w;
  }

  private static double tagWeight(Element e) {
    switch (e.normalName()) {
      case "article":
        return 15;
      case "main":
        return 10;
      case "div":
      case "section":
        return 5;
      case "pre":
      case "td":
      case "blockquote":
        return 3;
      case "address":
      case "ol":
      case "ul":
      case "dl":
      case "dd":
      case "dt":
      case "li":
      case "form":
        return -3;
      case "h1":
      case "h2":
      case "h3":
      case "h4":
      case "h5":
      case "h6":
      case "th":
      case "nav":
      case "aside":
      case "footer":
        return -5;
      default:
        return 0;
    }
  }

  private static List<Element> chooseRoots(
      Element body, List<Block> blocks, Map<Element, int[]> totals, boolean skipUnlikely) {
    // itemprop=articleBody with enough text wins outright
    int all = chars(totals, body);
    for (Element e : body.getElementsByAttributeValue("itemprop", "articleBody")) {
      int c = chars(totals, e);
      if (c >= 250 && linkDensity(totals, e) < 0.5 && c * 5 >= all / 10) {
        return List.of(e);
      }
    }
    // in the order candidates are met (jsoup elements are equal only to themselves): of two equal
    // scores the first in the page wins, the same on every run; an IdentityHashMap's order is not
    // (it follows identity hash codes, which differ from run to run)
    Map<Element, double[]> scores = new java.util.LinkedHashMap<>();
    for (Block b : blocks) {
      if (b.clean.length() < 25 || (skipUnlikely && b.unlikely)) {
        continue;
      }
      String tag = b.owner.normalName();
      if (tag.startsWith("h") && tag.length() == 2 && Character.isDigit(tag.charAt(1))) {
        continue;
      }
      double content = 1;
      for (int i = 0; i < b.clean.length(); i++) {
        char c = b.clean.charAt(i);
        if (c == ',' || c == '，' || c == '、') {
          content++;
        }
      }
      content += Math.min(b.clean.length() / 100, 3);
      Element a = b.owner == body ? body : b.owner.parent();
      if (b.owner != body && !isParagraphTag(tag)) {
        // text straight in a container (div, td, section): that container is a candidate itself
        a = b.owner;
      }
      for (int level = 0; a != null && level < 5; level++, a = a.parent()) {
        double[] s = scores.get(a);
        if (s == null) {
          s = new double[] {tagWeight(a) + classWeight(a)};
          scores.put(a, s);
        }
        double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
        s[0] += content / divider;
        if (a == body) {
          break;
        }
      }
    }
    Element top = null;
    double topScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> en : scores.entrySet()) {
      Element e = en.getKey();
      double s = en.getValue()[0] * (1 - linkDensity(totals, e));
      en.getValue()[0] = s;
      if (s > topScore) {
        topScore = s;
        top = e;
      }
    }
    if (top == null) {
      return skipUnlikely ? List.of() : List.of(body);
    }
    if (debug()) {
      scores.entrySet().stream()
          .sorted((x, y) -> Double.compare(y.getValue()[0], x.getValue()[0]))
          .limit(8)
          .forEach(en -> System.out.printf("CAND %.1f %s.%s#%s chars=%d ld=%.2f%n", en.getValue()[0],
              en.getKey().normalName(), en.getKey().className(), en.getKey().id(),
              chars(totals, en.getKey()), linkDensity(totals, en.getKey())));
    }
    // a parent whose score is not much lower holds more of the same article
    Element up = top.parent();
    double last = topScore;
    int steps = 0;
    while (up != null && up != body && steps++ < 4) {
      double[] s = scores.get(up);
      if (s == null) {
        break;
      }
      if (s[0] > last) {
        top = up;
        topScore = s[0];
        last = s[0];
      } else if (s[0] < topScore / 3) {
        break;
      } else {
        last = s[0];
      }
      up = up.parent();
    }
    Element parent = top.parent();
    if (parent == null || top == body) {
      return List.of(top);
    }
    List<Element> roots = new ArrayList<>();
    double threshold = Math.max(10, topScore * 0.2);
    String topClass = top.className();
    for (Element sib : parent.children()) {
      if (sib == top) {
        roots.add(sib);
        continue;
      }
      double[] s = scores.get(sib);
      double score = s == null ? 0 : s[0];
      if (!topClass.isEmpty() && topClass.equals(sib.className())) {
        score += topScore * 0.2;
      }
      if (score >= threshold) {
        roots.add(sib);
        continue;
      }
      if (isParagraphTag(sib.normalName()) || sib.normalName().equals("div")) {
        int c = chars(totals, sib);
        double ld = linkDensity(totals, sib);
        String text = c > 0 && c < 2000 ? sib.text() : "";
        if (c > 80 && ld < 0.25 && isParagraphTag(sib.normalName())) {
          roots.add(sib);
        } else if (c > 0 && c <= 80 && ld == 0 && sib.normalName().equals("p")
            && (text.endsWith(".") || text.contains(". "))) {
          roots.add(sib);
        }
      }
    }
    return roots;
  }

  private static boolean isParagraphTag(String tag) {
    return tag.equals("p") || tag.equals("pre") || tag.equals("blockquote") || tag.equals("li")
        || tag.equals("dd") || tag.equals("td") || tag.equals("th")
        || (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1)));
  }

  // ---------------------------------------------------------------------------------------------
  // 4. flags for every block

  private static void flag(
      Element body,
      Map<Element, List<Block>> byOwner,
      List<Element> roots,
      Map<Element, int[]> totals,
      int rootChars) {
    Set<Element> rootSet = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    rootSet.addAll(roots);
    NodeTraversor.traverse(
        new NodeVisitor() {
          // one frame per element: which flags it switched on
          final List<int[]> frames = new ArrayList<>();
          int inContent;
          int furniture;
          int navTag;
          int caption;
          int credit;
          int lead;
          int h1;
          int heading;

          @Override
          public void head(Node node, int depth) {
            if (!(node instanceof Element)) {
              return;
            }
            Element e = (Element) node;
            String tag = e.normalName();
            String ci = classAndId(e);
            int bits = bits(ci);
            int[] f = new int[8];
            if (rootSet.contains(e)) {
              f[0] = 1;
            }
            boolean isRoot = f[0] == 1;
            // page furniture never holds most of the article: a "share" or "aside" wrapper left
            // open around the text by broken markup is not furniture
            boolean holdsArticle =
                inContent > 0 && chars(totals, e) * 2 > rootChars && linkDensity(totals, e) < 0.3;
            if (!isRoot && !holdsArticle && !ci.isEmpty() && inContent > 0
                && (bits & (B_FURNITURE | B_STRONG)) == B_FURNITURE) {
              f[1] = 1;
            }
            if (!isRoot && !holdsArticle && inContent > 0 && NAV_TAGS.contains(tag)) {
              f[2] = 1;
            }
            int size = chars(totals, e);
            boolean small = !holdsArticle && size <= 1000;
            if (small && (tag.equals("figcaption") || tag.equals("caption")
                || (bits & B_CAPTION) != 0)) {
              f[3] = 1;
            }
            if (small && (bits & (B_CREDIT | B_STRONG)) == B_CREDIT && !isRoot) {
              f[4] = 1;
            }
            if (small && (bits & B_LEAD) != 0 && !isRoot) {
              f[5] = 1;
            }
            if (tag.equals("h1")) {
              f[6] = 1;
            }
            if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
              f[7] = 1;
            }
            inContent += f[0];
            furniture += f[1];
            navTag += f[2];
            caption += f[3];
            credit += f[4];
            lead += f[5];
            h1 += f[6];
            heading += f[7];
            frames.add(f);
            List<Block> own = byOwner.get(e);
            if (own != null) {
              for (Block b : own) {
                b.inContent = inContent > 0;
                b.furniture = furniture > 0;
                b.navTag = navTag > 0;
                b.caption = caption > 0;
                b.credit = credit > 0;
                b.lead = lead > 0;
                b.h1 = h1 > 0;
                b.heading = heading > 0;
                b.listItem = tag.equals("li");
              }
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element)) {
              return;
            }
            int[] f = frames.remove(frames.size() - 1);
            inContent -= f[0];
            furniture -= f[1];
            navTag -= f[2];
            caption -= f[3];
            credit -= f[4];
            lead -= f[5];
            h1 -= f[6];
            heading -= f[7];
          }
        },
        body);
    // blocks owned by body itself (text straight in <body>)
    List<Block> own = byOwner.get(body);
    if (own != null && rootSet.contains(body)) {
      for (Block b : own) {
        b.inContent = true;
      }
    }
  }

  /** A class or id that names the article text itself, whatever else it says. */
  private static final Pattern POSITIVE_STRONG =
      Pattern.compile(
          "(?:^|[\\s_-])(?:article-?body|articlebody|article-?content|entry-content|post-content"
              + "|story-body|content-body|body-text|post-body|main-content)(?:$|[\\s_-])");
}
