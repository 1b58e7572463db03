"""The clinic's branding, read from one optional file (``clinic.toml``; see clinic.example.toml).

With no file the app is neutral: no clinic name, no logo, no booking button.
A file with any problem is not half-applied: the app falls back to neutral and
the problems, each naming the field, are shown at start-up.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from PIL import Image, UnidentifiedImageError

from triggermap.schema import CLINIC_ENV, CLINIC_FIELDS, CLINIC_FILE, ROOT

NEUTRAL_ACCENT = "#1d6f8c"  # the app's own link colour
DEFAULT_APP_URL = "http://localhost:8501"  # what `make run` serves
MAX_TEXT = 80
MAX_LOGO_BYTES = 2_000_000
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")
_PHONE = re.compile(r"^[0-9+() .\-/]{3,30}$")


@dataclass(frozen=True)
class Clinic:
    """What the app and the handout show of the clinic; the defaults are the neutral app."""

    name: str = ""
    logo: Path | None = None
    booking_url: str = ""
    phone: str = ""
    accent: str = NEUTRAL_ACCENT
    app_url: str = DEFAULT_APP_URL

    @property
    def branded(self) -> bool:
        return bool(self.name)

    @property
    def accent_rgb(self) -> tuple[int, int, int]:
        return tuple(int(self.accent[i : i + 2], 16) for i in (1, 3, 5))


NEUTRAL = Clinic()


@dataclass(frozen=True)
class ClinicSettings:
    """The clinic in force, the file it came from (None: no file) and the file's problems."""

    clinic: Clinic
    path: Path | None
    problems: tuple[str, ...] = ()


def clinic_path(environ: dict[str, str] | None = None) -> Path:
    """Where the clinic file is looked for: $TRIGGERMAP_CLINIC, else clinic.toml in the checkout."""
    env = (os.environ if environ is None else environ).get(CLINIC_ENV, "").strip()
    return Path(env) if env else ROOT / CLINIC_FILE


# ---- named checks: each takes the parsed document and the file's folder ----


def _text(doc: dict, key: str) -> str | None:
    value = doc.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        return f"{key}: must be text in quotes"
    if len(value) > MAX_TEXT or not value.strip():
        return f"{key}: must be 1 to {MAX_TEXT} characters"
    return None


def check_known_fields(doc: dict, folder: Path) -> list[str]:
    unknown = sorted(set(doc) - set(CLINIC_FIELDS))
    return [f"{k}: not a known field (known: {', '.join(CLINIC_FIELDS)})" for k in unknown]


def check_name(doc: dict, folder: Path) -> list[str]:
    if "name" not in doc:
        return ["name: missing (the clinic's name is required)"]
    return [p for p in [_text(doc, "name")] if p]


def check_logo(doc: dict, folder: Path) -> list[str]:
    if "logo" not in doc:
        return []
    if problem := _text(doc, "logo"):
        return [problem]
    path = folder / doc["logo"]
    if not path.is_file():
        return [f"logo: no file at {path}"]
    if path.stat().st_size > MAX_LOGO_BYTES:
        return [f"logo: {path.name} is larger than {MAX_LOGO_BYTES // 1_000_000} MB"]
    try:
        with Image.open(path) as image:
            image.verify()
            ok = image.format in ("PNG", "JPEG")
    except (UnidentifiedImageError, OSError, SyntaxError):
        ok = False
    return [] if ok else [f"logo: {path.name} is not a PNG or JPEG image"]


def check_phone(doc: dict, folder: Path) -> list[str]:
    problem = _text(doc, "phone")
    if problem or "phone" not in doc:
        return [problem] if problem else []
    if not _PHONE.match(doc["phone"]):
        return ["phone: use digits, spaces and + ( ) - . / only"]
    return []


def check_accent(doc: dict, folder: Path) -> list[str]:
    if "accent" not in doc:
        return []
    value = doc["accent"]
    if not isinstance(value, str) or not _COLOUR.match(value):
        return ["accent: must be a colour written #rrggbb, e.g. #1d6f8c"]
    return []


def _url_check(key: str) -> Callable[[dict, Path], list[str]]:
    def check(doc: dict, folder: Path) -> list[str]:
        value = doc.get(key)
        if value is None:
            return []
        if not isinstance(value, str) or len(value) > 300:
            return [f"{key}: must be a web address in quotes, at most 300 characters"]
        parts = urlsplit(value)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in value:
            return [f"{key}: must be a web address starting with http:// or https://"]
        return []

    check.__name__ = f"check_{key}"
    return check


check_booking_url = _url_check("booking_url")
check_app_url = _url_check("app_url")

CHECKS = (
    check_known_fields,
    check_name,
    check_logo,
    check_phone,
    check_accent,
    check_booking_url,
    check_app_url,
)


def clinic_from(doc: dict, folder: Path) -> Clinic:
    """A Clinic from a checked document (run CHECKS first)."""
    return Clinic(
        name=doc["name"].strip(),
        logo=folder / doc["logo"] if "logo" in doc else None,
        booking_url=doc.get("booking_url", ""),
        phone=doc.get("phone", ""),
        accent=doc.get("accent", NEUTRAL_ACCENT).lower(),
        app_url=doc.get("app_url", DEFAULT_APP_URL).rstrip("/"),
    )


def load_clinic(path: Path | None = None) -> ClinicSettings:
    """The clinic from ``path`` (default: clinic_path()); neutral when absent or invalid."""
    path = path or clinic_path()
    if not path.exists():
        return ClinicSettings(NEUTRAL, None)
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return ClinicSettings(NEUTRAL, path, (f"the file cannot be read as TOML: {exc}",))
    problems = tuple(p for check in CHECKS for p in check(doc, path.parent))
    if problems:
        return ClinicSettings(NEUTRAL, path, problems)
    return ClinicSettings(clinic_from(doc, path.parent), path)


def problem_lines(settings: ClinicSettings) -> list[str]:
    """The start-up message for a bad file: one line per problem, each naming its field."""
    if not settings.problems:
        return []
    head = f"{settings.path}: the clinic settings were not used (the app stays neutral):"
    return [head, *(f"  {p}" for p in settings.problems)]
