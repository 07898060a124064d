"""Forms content: shared form files, and the checks that need the site's settings or other files.

Each form is checked once, where it is written: a shared form in its
``content/forms/<id>.yml``, an inline form in the service file at ``forms[N]``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

from govportal.content.errors import excerpt
from govportal.content.files import YAML
from govportal.content.reader import Reader
from govportal.model.fields import as_slug
from govportal.model.form import Form, FormRef, FormsSettings
from govportal.model.portal import ServicePage

FORMS_FOLDER = "forms"


@dataclass(frozen=True)
class _Written:
    """Where a form is written, for error messages."""

    path: Path
    prefix: str  # "" in a shared file, "forms[2]." in a service file


def load_shared_forms(reader: Reader) -> dict[str, Form]:
    forms: dict[str, Form] = {}
    for path in reader.listing.paths(FORMS_FOLDER, YAML, 1):
        form_id = as_slug(path.stem)
        form = reader.yaml_model(path, Form)
        if form is None or form_id is None:
            continue
        if form.id != form_id:
            reader.note(path, "id", f"is '{form.id}' but the file is {path.name}; the id and the file name must match")
            continue
        forms[form.id] = form
    return forms


def resolve_forms(reader: Reader, shared: dict[str, Form], services: list[ServicePage], settings: FormsSettings) -> dict[str, list[Form]]:
    """Every service's forms, shared ones looked up; each form checked once. Keys are service ids."""
    written: dict[str, tuple[Form, _Written]] = {f.id: (f, _Written(reader.root / FORMS_FOLDER / f"{f.id}.yml", "")) for f in shared.values()}
    result: dict[str, list[Form]] = {}
    for page in services:
        path = reader.root / page.source
        forms: list[Form] = []
        for number, entry in enumerate(page.service.forms, start=1):
            if isinstance(entry, FormRef):
                if entry.use not in shared:
                    known = ", ".join(sorted(shared)) or "none yet"
                    reader.note(path, f"forms[{number}]", f"there is no shared form '{entry.use}'; add content/forms/{entry.use}.yml or use one of: {known}")
                    continue
                forms.append(shared[entry.use])
                continue
            if entry.id in written and written[entry.id][0] != entry:
                other = written[entry.id][1].path.relative_to(reader.root.parent)
                reader.note(path, f"forms[{number}].id", f"'{entry.id}' is also the id of a different form in {other}; give each form its own id, or share one form with '- {entry.id}'")
                continue
            written.setdefault(entry.id, (entry, _Written(path, f"forms[{number}].")))
            forms.append(entry)
        result[page.id] = forms
    sizes = {form_id: _check_form(reader, form, where, settings) for form_id, (form, where) in written.items()}
    return {service: [_with_size(f, sizes.get(f.id)) for f in forms] for service, forms in result.items()}


def _with_size(form: Form, size_kb: int | None) -> Form:
    if form.download is None or size_kb is None:
        return form
    return form.model_copy(update={"download": form.download.model_copy(update={"size_kb": size_kb})})


def _check_form(reader: Reader, form: Form, where: _Written, settings: FormsSettings) -> int | None:
    """Report what a form's own file cannot know; returns the size of a local download in KB."""
    for field, url in (("online_url", form.online_url), ("e_signature.url", form.e_signature.url if form.e_signature else None)):
        host = urlsplit(url).hostname if url else None
        if host is not None and host not in settings.allowed_hosts:
            allowed = ", ".join(settings.allowed_hosts) or "none yet"
            reader.note(where.path, where.prefix + field, f"form '{form.id}': {excerpt(url)} is not on an approved forms or signing service ({allowed}); use one of them, or add {host} to forms.allowed_hosts in site.yml")
    control = form.control_number
    if control is not None:
        if control.expires < reader.today:
            reader.note(where.path, where.prefix + "control_number.expires", f"form '{form.id}': control number {control.number} expired on {control.expires}; renew it, or stop offering the form")
        elif control.expires <= reader.today + timedelta(days=settings.expiry_warning_days):
            reader.warn(where.path, where.prefix + "control_number.expires", f"form '{form.id}': control number {control.number} expires on {control.expires}; start renewing it")
    if form.download is None or form.download.file is None:
        return None
    file = reader.root / form.download.file
    if not file.is_file() or reader.root.resolve() not in file.resolve().parents:
        reader.note(where.path, where.prefix + "download.file", f"form '{form.id}': {excerpt(form.download.file)} is not a file in the content folder; add it or fix the path")
        return None
    return max(1, round(file.stat().st_size / 1024))

