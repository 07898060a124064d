"""Every address govportal gives a page, in one table.

Paths are site paths without a leading slash (``agencies/dmv/``), as MkDocs' ``url`` filter and
the sitemap take them. The page plan, views, exports, structured data and templates ask here
instead of joining strings, so moving a page (or adding ``/es/`` in front) is one change.
"""

from __future__ import annotations

from govportal.model.translation import SOURCE_LANGUAGE, Language

HOME = ""
HELP = "help/"
AGENCIES = "agencies/"
SERVICES = "services/"
TOPICS = "topics/"
FORMS = "forms/"
SEARCH = "search/"
STATUS = "status/"
PERFORMANCE = "performance/"
ACCESSIBILITY = "accessibility/"
# The lists every language has (the page plan adds the agency, topic and service pages).
IN_EVERY_LANGUAGE = frozenset({HOME, HELP, AGENCIES, SERVICES, TOPICS, SEARCH})

# Data files published beside the pages that show them, and files of the built folder.
FORMS_CSV = "forms.csv"
FORMS_JSON = "forms.json"
STATUS_JSON = "status.json"
PERFORMANCE_JSON = "performance.json"
PAGEFIND = "pagefind/"  # the search index Pagefind writes after the build
PAGEFIND_SCRIPT = f"{PAGEFIND}pagefind.js"
NOT_FOUND = "404.html"
SITEMAP = "sitemap.xml"
DIRECTORY_JSON = "directory.json"  # every agency's contacts, for other sites and assistants
DIRECTORY_CSV = "directory.csv"
DIRECTORY_SCHEMA = "directory.schema.json"


def localized(path: str, language: Language) -> str:
    """A page's address in ``language``: English pages at the root, the others under their code
    with the same path (``services/dmv/renew/`` -> ``es/services/dmv/renew/``)."""
    return path if language == SOURCE_LANGUAGE else f"{language}/{path}"


def help_for(agency_id: str | None) -> str:
    """The Live Help page, opened at an agency's section when there is one."""
    return f"{HELP}#{agency_id}" if agency_id else HELP


def agency(agency_id: str) -> str:
    return f"{AGENCIES}{agency_id}/"


def agency_file(agency_id: str, name: str) -> str:
    """A data file an agency publishes beside its page (``hours.json``, ``closures.ics``)."""
    return f"{agency(agency_id)}{name}"


def topic(topic_id: str) -> str:
    return f"{TOPICS}{topic_id}/"


def service(service_id: str) -> str:
    """A service page; ``service_id`` is ``agency/slug``, as feedback names it."""
    return f"{SERVICES}{service_id}/"


def survey(service_id: str) -> str:
    """The satisfaction survey of a service, below its page."""
    return f"{service(service_id)}survey/"


def form_on_service(service_id: str, form_id: str) -> str:
    """Where a form is offered on a service page."""
    return f"{service(service_id)}#form-{form_id}"


def source_of(path: str) -> str:
    """The Markdown file MkDocs builds a site path from: ``agencies/dmv/`` -> ``agencies/dmv/index.md``."""
    return f"{path}index.md"


def built_file(path: str) -> str:
    """The file a site path is written to: ``accessibility/`` -> ``accessibility/index.html``."""
    return f"{path}index.html"


def absolute(site_url: str, path: str) -> str:
    """A site path as a full address, for files others read from elsewhere (sitemap, data)."""
    return site_url.rstrip("/") + "/" + path
