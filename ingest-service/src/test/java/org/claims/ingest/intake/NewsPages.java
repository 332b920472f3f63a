package org.claims.ingest.intake;

import java.util.List;

/** Pages as French and English news sites serve them: the article's paragraphs amid realistic furniture. */
public final class NewsPages {
    private NewsPages() {
    }

    /** A French news page: menu, cookie banner, byline, captioned photo, share bar, "Lire aussi", newsletter, footer. */
    public static String french(String headline, List<String> paragraphs, String publishedAt, String canonical) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < paragraphs.size(); i++) {
            body.append("      <p>").append(escape(paragraphs.get(i))).append("</p>\n");
            if (i == 1) {
                body.append("""
                              <p><strong>Lire aussi :</strong> <a href="/international/ukraine-5000-soldats">Ukraine : 5 000 soldats russes tués en une semaine, selon Kyiv</a></p>
                              <div class="ad ad-inread">Publicité</div>
                        """);
            }
            if (i == 2) {
                body.append("""
                              <aside class="related"><h3>Sur le même sujet</h3><ul>
                                <li><a href="/a">Plus de 3 000 manifestants à Paris, selon la préfecture de police</a></li>
                                <li><a href="/b">Au moins 200 morts dans des inondations, selon l'ONU</a></li></ul></aside>
                        """);
            }
        }
        return """
                <!DOCTYPE html>
                <html lang="fr-FR">
                <head>
                  <meta charset="utf-8">
                  <title>%1$s - Le Quotidien</title>
                  <meta property="og:title" content="%1$s">
                  <meta property="og:site_name" content="Le Quotidien">
                  <meta property="article:published_time" content="%2$s">
                  <link rel="canonical" href="%3$s">
                  <script>window.dataLayer = [{"pageType": "article", "visitors": 12000}];</script>
                  <style>.ad { display: block; }</style>
                </head>
                <body>
                  <div id="didomi-host" class="cookie-banner"><p>Nous utilisons des cookies : avec nos 850 partenaires, nous traitons vos données.</p>
                    <button>Accepter</button><button>Refuser</button></div>
                  <header class="site-header"><a href="/">Le Quotidien</a>
                    <nav><ul><li><a href="/politique">Politique</a></li><li><a href="/international">International</a></li>
                    <li><a href="/economie">Économie</a></li><li><a href="/abonnement">S'abonner pour 1 € le premier mois</a></li></ul></nav>
                  </header>
                  <main>
                    <nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/international">International</a></nav>
                    <article>
                      <header><h1>%1$s</h1>
                        <p class="byline">Par <a href="/auteurs/jean-martin">Jean Martin</a> et Claire Dubois</p>
                        <p class="meta">Publié le 13 novembre 2024 à 09h07, mis à jour à 11h30</p></header>
                      <figure><img src="/photo.jpg" alt="">
                        <figcaption>Quelque 2 000 soldats défilent à Pyongyang, le 10 octobre 2024. (KCNA/AFP)</figcaption></figure>
                      <div class="share-bar"><a>Partager sur Facebook</a><a>Partager sur X</a><span>1 200 partages</span></div>
                      <div class="article-body">
                %4$s      </div>
                      <p>Par Jean Martin</p>
                      <section class="newsletter"><p>Inscrivez-vous à la newsletter International : déjà 150 000 abonnés.</p></section>
                      <section id="comments"><h2>Commentaires</h2><p>Jacques : 10 000 soldats ? J'en doute, il y en a au moins 50 000.</p></section>
                    </article>
                    <aside><h2>Les plus lus</h2><ol><li>Plus de 1 000 migrants secourus en Méditerranée</li></ol></aside>
                  </main>
                  <footer><p>© 2024 Le Quotidien. 2 millions de lecteurs chaque jour.</p><a href="/cgu">CGU</a></footer>
                </body>
                </html>
                """.formatted(escape(headline), publishedAt, canonical, body);
    }

    /** An English news page whose metadata is in JSON-LD and a time element rather than meta tags. */
    public static String english(String headline, List<String> paragraphs) {
        StringBuilder body = new StringBuilder();
        for (String p : paragraphs) {
            body.append("<p>").append(escape(p)).append("</p>\n");
        }
        return """
                <html lang="en-GB"><head><title>%1$s | The Daily Example</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"The Daily Example"},
                  {"@type":"NewsArticle","headline":"%1$s","datePublished":"2024-11-16T08:30:00+0000",
                   "publisher":{"@type":"Organization","name":"The Daily Example"}}]}</script>
                <meta property="og:url" content="https://example.org/world/arrests"></head>
                <body><div class="skip-links"><a href="#main">Skip to content</a></div>
                <nav role="navigation"><a href="/">Home</a><a href="/world">World</a></nav>
                <div id="main" role="main"><h1>%1$s</h1><span class="article-author">By Jane Smith</span>
                <time datetime="2024-11-17">17 November</time>
                <div itemprop="articleBody">%2$s
                <p>Read more: 400 people arrested at a march in Manchester, police say</p>
                <div class="social-share"><a>Share on Facebook</a></div></div>
                <div class="outbrain">Recommended: 5,000 jobs cut at a carmaker</div></div>
                <div role="contentinfo">© 2024 The Daily Example</div></body></html>
                """.formatted(escape(headline), body);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
