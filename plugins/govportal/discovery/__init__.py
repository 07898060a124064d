"""Discovery: search index, sitemap and robots.txt, made from the built site folder."""
