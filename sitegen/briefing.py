"""The day's briefing: articles grouped into stories, ranked, sorted into sections, linked to their background.

- **Stories.** Two articles published at most `window_days` apart whose similarity
  (sitegen.similarity) is at least `threshold` cover the same story. Articles join
  greedily, the most similar pairs first, and two groups merge only while the average
  similarity across them stays at the threshold and their dates stay within the window,
  so a chain of loosely related articles does not become one story. The threshold was
  chosen on a labelled set of dev-data pairs (tests/fixtures/story_pairs.jsonl; the
  README gives its precision and recall).
- **Lead.** A story's lead is the article with the highest `priority:`, then the most key
  quotes, then the longest text: the fullest account leads.
- **Background.** A story links up to `background_limit` earlier stories (at most
  `background_days` before its first article) by the same similarity, one article each,
  newest first.
- **Rank on a day.** Every story with an article on that day, ordered by `priority:`
  (front matter, highest of its articles), then the number of sources covering it, then
  its key quotes, then the length of its lead article, then the lead's slug.
- **Sections.** A story's section is the first of its lead's tags (then its other
  articles' tags) that `[stories] sections` lists, else its lead's first tag. Sections
  appear in the listed order, then the others alphabetically, stories without a tag last.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sitegen.article import Article, Quote
from sitegen.config import StoryConfig
from sitegen.fingerprint import code_digest
from sitegen.fsutil import atomic_write_text
from sitegen.similarity import Similarity


@dataclass
class Story:
    articles: list[Article]  # the lead first
    section: str = ""
    background: list[Article] = field(default_factory=list)  # newest first

    @property
    def lead(self) -> Article:
        return self.articles[0]

    @property
    def slugs(self) -> list[str]:
        return [article.slug for article in self.articles]

    @property
    def sources(self) -> int:
        """How many publishers cover the story (an article without a source counts as one)."""
        return len({article.source or article.slug for article in self.articles})

    @property
    def quotes(self) -> list[tuple[Article, Quote]]:
        """Every key quote of the story with its article, the lead's first."""
        return [(article, quote) for article in self.articles for quote in article.quotes]

    def sources_on(self, date: dt.date) -> list[Article]:
        return [article for article in self.articles if article.date == date]


@dataclass
class Day:
    date: dt.date
    stories: list[Story]  # in rank order
    articles: list[Article]  # the day's own articles, in the order the page shows them
    section_order: dict[str, int] = field(default_factory=dict)  # from [stories] sections

    @property
    def path(self) -> str:
        return f"{self.date:%Y/%m/%d}/"

    @property
    def iso(self) -> str:
        return self.date.isoformat()

    @property
    def month(self) -> dt.date:
        return self.date.replace(day=1)

    def sections(self) -> list[tuple[str, list[tuple[int, Story]]]]:
        """The day's stories by section, each with its rank (1 is the top story).

        Sections come in the configured order, then the others alphabetically, untagged stories last.
        """
        found: dict[str, list[tuple[int, Story]]] = {}
        for rank, story in enumerate(self.stories, 1):
            found.setdefault(story.section, []).append((rank, story))
        order = self.section_order
        return sorted(found.items(), key=lambda item: (not item[0], order.get(item[0], len(order)), item[0]))


def plan(articles: list[Article], config: StoryConfig, remember: Path | None = None) -> list[Day]:
    """The days, newest first, each with its stories ranked; fills each article's `story` and `background`.

    Grouping compares every article with its neighbours in time; its result depends only on
    what `_inputs` lists, so it is kept in the file `remember` and reused while those are the
    same (a rebuild with nothing new does not even load scikit-learn).
    """
    ordered = sorted(articles, key=lambda a: (a.date, a.slug))
    key = hashlib.sha256(json.dumps(_inputs(ordered, config), ensure_ascii=False).encode()).hexdigest()
    stories = _recall(remember, key, ordered) if remember else None
    if stories is None:
        stories = find_stories(ordered, config)
        if remember:
            _keep(remember, key, stories)
    for story in stories:
        for article in story.articles:
            article.story = story.slugs
            article.background = [earlier.slug for earlier in story.background]
    order = {name: index for index, name in enumerate(config.sections)}
    by_day: dict[dt.date, list[Story]] = {}
    for story in stories:
        for date in sorted({article.date for article in story.articles}):
            by_day.setdefault(date, []).append(story)
    days = []
    for date, todays in sorted(by_day.items(), reverse=True):
        day = Day(date, sorted(todays, key=_rank_key), [], order)
        day.articles = [a for _, stories in day.sections() for _, s in stories for a in s.sources_on(date)]
        days.append(day)
    return days


def find_stories(ordered: list[Article], config: StoryConfig) -> list[Story]:
    """The stories among `ordered` (sorted by date, then slug), with their sections and background."""
    similarity = Similarity([article.terms for article in ordered])
    groups = _groups(ordered, similarity, config)
    stories = [_story([ordered[i] for i in group], config) for group in groups]
    _link_background(stories, ordered, similarity, config)
    return stories


def _inputs(ordered: list[Article], config: StoryConfig) -> list[object]:
    """Everything that shapes the stories: each article's terms, date, tags, and what chooses leads."""
    articles = [
        [
            a.slug,
            a.day,
            hashlib.sha256("\0".join(a.terms).encode()).hexdigest(),
            a.tags,
            a.source,
            a.priority,
            len(a.quotes),
            len(a.text),
        ]
        for a in ordered
    ]
    return [code_digest(__name__), dataclasses.asdict(config), articles]


def _recall(path: Path, key: str, ordered: list[Article]) -> list[Story] | None:
    """The stories kept in `path` for these inputs, or None (missing, stale or damaged)."""
    by_slug = {article.slug: article for article in ordered}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["key"] != key:
            return None
        return [
            Story([by_slug[s] for s in kept["slugs"]], kept["section"], [by_slug[s] for s in kept["background"]])
            for kept in data["stories"]
        ]
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _keep(path: Path, key: str, stories: list[Story]) -> None:
    kept = [{"slugs": s.slugs, "section": s.section, "background": [a.slug for a in s.background]} for s in stories]
    atomic_write_text(path, json.dumps({"key": key, "stories": kept}, ensure_ascii=False) + "\n")


def _groups(articles: Sequence[Article], similarity: Similarity, config: StoryConfig) -> list[list[int]]:
    """Indices of `articles` (sorted by date) grouped into stories, each group in date order."""
    window = dt.timedelta(days=config.window_days)
    pairs: list[tuple[float, int, int]] = []
    start = 0
    for i, article in enumerate(articles):
        while articles[start].date < article.date - window:
            start += 1
        if start == i:
            continue
        scores = similarity.block([i], range(start, i))[0]
        pairs.extend((float(score), j, i) for j, score in zip(range(start, i), scores) if score >= config.threshold)
    group_of = list(range(len(articles)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(articles))}
    for _, j, i in sorted(pairs, key=lambda p: (-p[0], p[1], p[2])):
        a, b = group_of[j], group_of[i]
        if a == b:
            continue
        joined = members[a] + members[b]
        dates = [articles[k].date for k in joined]
        if max(dates) - min(dates) > window or similarity.mean(members[a], members[b]) < config.threshold:
            continue
        for k in members[b]:
            group_of[k] = a
        members[a] = sorted(joined)
        del members[b]
    return sorted(members.values())


def _story(articles: list[Article], config: StoryConfig) -> Story:
    ordered = sorted(articles, key=_lead_key)
    return Story(ordered, _section(ordered, config.sections))


def _lead_key(article: Article) -> tuple[int, int, int, str]:
    return (-article.priority, -len(article.quotes), -len(article.text), article.slug)


def _rank_key(story: Story) -> tuple[int, int, int, int, str]:
    return (
        -max(article.priority for article in story.articles),
        -story.sources,
        -sum(len(article.quotes) for article in story.articles),
        -len(story.lead.text),
        story.lead.slug,
    )


def _section(articles: list[Article], sections: tuple[str, ...]) -> str:
    known = {name.casefold(): name for name in sections}
    for article in articles:
        for tag in article.tags:
            if tag.casefold() in known:
                return known[tag.casefold()]
    return next((tag for article in articles for tag in article.tags), "")


def _link_background(
    stories: list[Story], articles: Sequence[Article], similarity: Similarity, config: StoryConfig
) -> None:
    index = {article.slug: i for i, article in enumerate(articles)}
    story_of = {article.slug: story for story in stories for article in story.articles}
    reach = dt.timedelta(days=config.background_days)
    dates = [article.date for article in articles]  # sorted: `articles` are in date order
    for story in stories:
        first = min(article.date for article in story.articles)
        earlier = range(bisect.bisect_left(dates, first - reach), bisect.bisect_left(dates, first))
        if not earlier:
            continue
        rows = [index[slug] for slug in story.slugs]
        best = similarity.block(rows, earlier).max(axis=0)
        found: dict[int, tuple[float, Article]] = {}  # one article per earlier story: its best match
        for i, score in zip(earlier, best):
            if score < config.threshold:
                continue
            other = story_of[articles[i].slug]
            if id(other) not in found or score > found[id(other)][0]:
                found[id(other)] = (float(score), other.lead)
        strongest = sorted(found.values(), key=lambda f: (-f[0], f[1].slug))[: config.background_limit]
        story.background = sorted((a for _, a in strongest), key=lambda a: (a.date, a.slug), reverse=True)
