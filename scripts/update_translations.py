#!/usr/bin/env python3
"""Refresh the interface translations: extract, merge, compile.

    python scripts/update_translations.py            # every language in resources/translations
    python scripts/update_translations.py --check    # exit 1 if a message is untranslated
    python scripts/update_translations.py --lang zh_CN
    python scripts/update_translations.py --release-only   # builds: only .ts -> .qm

1. ``pyside6-lupdate`` extracts every ``tr()``/``translate()`` text from src/securebase.
2. Each text is filed under the context Qt looks it up in at run time. lupdate files
   ``tr = self.tr; tr("…")`` and module-level ``tr()`` helpers (which call
   ``QCoreApplication.translate("Ctx", …)``) under an empty context; this script reads
   the source (ast) and puts them where PySide6 will look: the enclosing class, or the
   helper's context. A ``something.tr("…")`` on another object cannot be placed and
   stops the script: write ``QCoreApplication.translate("Ctx", "…")`` there instead.
3. Translations already in ``resources/translations/securebase_<lang>.ts`` are kept
   (matched by context, text and comment; else by text and comment in any context, so
   moving a string between classes keeps its translation). New texts are marked
   ``unfinished``; translations of texts no longer in the source are kept as
   ``vanished`` (lrelease skips them) and come back if the text does
   (``--drop-vanished`` forgets them).
4. ``pyside6-lrelease`` compiles each .ts into the .qm the app loads.

Note for plural texts (``self.tr("%n minutes", "", n)``): PySide6 finds those only
under the exact class of the object, so call them on an object of the class that
defines them (not from a base class used by subclasses).
"""

from __future__ import annotations

import argparse
import ast
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE = ROOT / "src" / "securebase"
TRANSLATIONS = ROOT / "resources" / "translations"
CATALOGUE = "securebase"
DEFAULT_LANGUAGES = ("zh_CN",)


def tool(name: str) -> str:
    """A Qt tool from the same environment as this Python, else from PATH."""
    for folder in (Path(sys.executable).parent, Path(sys.prefix) / "bin"):
        candidate = folder / name
        if candidate.exists():
            return str(candidate)
    found = shutil.which(name)
    if found is None:
        raise SystemExit(f"{name} was not found; install PySide6 (pip install PySide6-Essentials).")
    return found


# ------------------------------------------------------------------ where texts belong
class Unplaceable(Exception):
    pass


@dataclass
class Call:
    first: int
    last: int
    source: str
    context: str | None  # None: cannot be known from the source
    why: str = ""
    comment: str = ""
    numerus: bool = False


def _string(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _string(node.left), _string(node.right)
        return None if left is None or right is None else left + right
    return None


def _helper_contexts(tree: ast.Module) -> dict[str, str]:
    """Module-level ``def tr(text): return QCoreApplication.translate("Ctx", text)``
    (the context may also be a module-level string constant)."""
    constants = {t.id: _string(node.value) for node in tree.body if isinstance(node, ast.Assign)
                 for t in node.targets if isinstance(t, ast.Name) and _string(node.value)}
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            for inner in ast.walk(node):
                if (isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute)
                        and inner.func.attr == "translate" and inner.args):
                    first = inner.args[0]
                    context = _string(first) or (constants.get(first.id)
                                                 if isinstance(first, ast.Name) else None)
                    if context:
                        found[node.name] = context
                        break
    return found


def module_name(path: Path) -> str:
    return ".".join(path.relative_to(SOURCE.parent).with_suffix("").parts)


def all_helpers(sources: list[Path]) -> dict[str, dict[str, str]]:
    """Per module: its translating helpers, by name, with their contexts."""
    return {module_name(p): _helper_contexts(ast.parse(p.read_text(encoding="utf-8")))
            for p in sources}


def _imported_helpers(tree: ast.Module, helpers: dict[str, dict[str, str]]) -> dict[str, str]:
    """``from securebase.x import tr`` of a helper defined in another module."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module in helpers:
            for alias in node.names:
                context = helpers[node.module].get(alias.name)
                if context:
                    found[alias.asname or alias.name] = context
    return found


def _aliases_self_tr(function: ast.AST, name: str) -> bool:
    """Does ``function`` say ``name = self.tr``?"""
    for node in ast.walk(function):
        if isinstance(node, ast.Assign) and any(
                isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = node.value
            if (isinstance(value, ast.Attribute) and value.attr == "tr"
                    and isinstance(value.value, ast.Name) and value.value.id == "self"):
                return True
    return False


def calls_in(path: Path, known: dict[str, dict[str, str]] | None = None) -> list[Call]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    helpers = {**_imported_helpers(tree, known or {}), **_helper_contexts(tree)}
    found: list[Call] = []

    def visit(node: ast.AST, cls: str | None, func: ast.AST | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.ClassDef):
                visit(child, child.name, None)
                continue
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                visit(child, cls, child)
                continue
            if isinstance(child, ast.Call) and child.args:
                text = _string(child.args[0])
                target = child.func
                extra = {"comment": (_string(child.args[1]) or "") if len(child.args) > 1
                         else "", "numerus": len(child.args) > 2}
                if text is not None and isinstance(target, ast.Attribute) and target.attr == "tr":
                    receiver = target.value
                    if isinstance(receiver, ast.Name) and receiver.id in ("self", "cls") and cls:
                        found.append(Call(child.lineno, child.end_lineno, text, cls, **extra))
                    elif isinstance(receiver, ast.Name) and receiver.id[:1].isupper():
                        # ClassName.tr("…"): that class's own context
                        found.append(Call(child.lineno, child.end_lineno, text, receiver.id,
                                          **extra))
                    else:
                        found.append(Call(child.lineno, child.end_lineno, text, None,
                                          f"{ast.unparse(target)}() on another object"))
                elif text is not None and isinstance(target, ast.Name):
                    if func is not None and cls and _aliases_self_tr(func, target.id):
                        found.append(Call(child.lineno, child.end_lineno, text, cls, **extra))
                    elif target.id in helpers:
                        found.append(Call(child.lineno, child.end_lineno, text,
                                          helpers[target.id]))
            visit(child, cls, func)

    visit(tree, None, None)
    return found


# ------------------------------------------------------------------ .ts reading/writing
@dataclass
class Message:
    context: str
    source: str
    comment: str = ""
    extracomment: str = ""
    numerus: bool = False
    locations: list[tuple[str, int]] = field(default_factory=list)
    translation: list[str] = field(default_factory=list)  # one per numerus form
    finished: bool = False
    vanished: bool = False  # no longer in the source; kept to reuse if the text returns

    @property
    def translated(self) -> bool:
        return (self.finished or self.vanished) and any(self.translation)

    @property
    def key(self) -> tuple[str, str, str]:
        return self.context, self.source, self.comment


def read_ts(path: Path) -> list[Message]:
    if not path.is_file():
        return []
    messages = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            forms = ([f.text or "" for f in tr.iter("numerusform")] if m.get("numerus") == "yes"
                     else [tr.text or ""]) if tr is not None else []
            kind = tr.get("type") if tr is not None else "unfinished"
            messages.append(Message(
                name, m.findtext("source") or "", m.findtext("comment") or "",
                m.findtext("extracomment") or "", m.get("numerus") == "yes",
                [(loc.get("filename", ""), int(loc.get("line", "0") or 0))
                 for loc in m.iter("location")],
                forms, kind is None and any(forms), kind in ("vanished", "obsolete")))
    return messages


def write_ts(path: Path, language: str, messages: list[Message]) -> None:
    root = ET.Element("TS", version="2.1", language=language)
    by_context: dict[str, list[Message]] = {}
    for m in messages:
        by_context.setdefault(m.context, []).append(m)
    for name in sorted(by_context):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for m in sorted(by_context[name], key=lambda m: (m.locations[:1], m.source)):
            el = ET.SubElement(ctx, "message", numerus="yes") if m.numerus else ET.SubElement(
                ctx, "message")
            for filename, line in m.locations:
                ET.SubElement(el, "location", filename=filename, line=str(line))
            ET.SubElement(el, "source").text = m.source
            if m.comment:
                ET.SubElement(el, "comment").text = m.comment
            if m.extracomment:
                ET.SubElement(el, "extracomment").text = m.extracomment
            tr = ET.SubElement(el, "translation")
            if m.vanished:
                tr.set("type", "vanished")
            elif not m.finished:
                tr.set("type", "unfinished")
            if m.numerus:
                for form in m.translation or [""]:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = m.translation[0] if m.translation else ""
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


# ------------------------------------------------------------------ the steps
def extract(sources: list[Path]) -> list[Message]:
    """Run lupdate on ``sources``; return one message per (runtime context, text)."""
    with tempfile.TemporaryDirectory() as tmp:
        raw = Path(tmp) / "extract.ts"
        subprocess.run([tool("pyside6-lupdate"), *map(str, sources), "-locations", "absolute",
                        "-no-obsolete", "-silent", "-ts", str(raw)], check=True)
        extracted = read_ts(raw)
        for m in extracted:  # lupdate writes paths relative to the .ts file
            m.locations = [(str((Path(tmp) / f).resolve()), n) for f, n in m.locations]
    known = all_helpers(sources)
    calls = {path.resolve(): calls_in(path, known) for path in sources}
    placed: dict[tuple[str, str, str], Message] = {}
    problems = []
    for m in extracted:
        for filename, line in m.locations:
            path = Path(filename).resolve()
            context = m.context
            known = [c for c in calls.get(path, []) if c.source == m.source
                     and c.first <= line <= c.last]
            if known:
                if known[0].context is None:
                    problems.append(f"{path.relative_to(ROOT)}:{line}: {known[0].why}: "
                                    f"{m.source[:50]!r}")
                    continue
                context = known[0].context
            elif not context:
                problems.append(f"{path.relative_to(ROOT)}:{line}: no context for {m.source[:50]!r}")
                continue
            key = (context, m.source, m.comment)
            msg = placed.setdefault(key, Message(context, m.source, m.comment, m.extracomment,
                                                 m.numerus))
            msg.locations.append((path.relative_to(ROOT).as_posix(), line))
    # lupdate does not look inside f-strings: add the tr() calls it missed there.
    for path, found in calls.items():
        for call in found:
            key = (call.context, call.source, call.comment)
            if call.context is None or key in placed:
                continue
            if call.why:
                problems.append(f"{path.relative_to(ROOT)}:{call.first}: {call.why}")
                continue
            print(f"note: {path.relative_to(ROOT)}:{call.first}: {call.source[:40]!r} was "
                  "found only by this script (in an f-string, or through a helper lupdate skips)", file=sys.stderr)
            msg = placed.setdefault(key, Message(call.context, call.source, call.comment,
                                                 numerus=call.numerus))
            msg.locations.append((path.relative_to(ROOT).as_posix(), call.first))
    if problems:
        raise Unplaceable("\n".join(problems))
    for msg in placed.values():  # relative to the .ts file, as lupdate writes them
        msg.locations = sorted({("../../" + f, n) for f, n in msg.locations})
    return list(placed.values())


def merge(fresh: list[Message], old: list[Message], *, keep_vanished: bool = True
          ) -> tuple[list[Message], int, int]:
    """Carry translations over from ``old`` (finished ones first, then vanished ones);
    returns (fresh + translations no longer used, kept as vanished), the number still
    untranslated and the number of translations no longer used."""
    ranked = sorted((m for m in old if m.translated), key=lambda m: not m.finished)
    exact: dict[tuple[str, str, str], Message] = {}
    by_text: dict[tuple[str, str], Message] = {}
    for m in ranked:
        exact.setdefault(m.key, m)
        by_text.setdefault((m.source, m.comment), m)
    for m in fresh:
        match = exact.get(m.key) or by_text.get((m.source, m.comment))
        if match is not None and match.numerus == m.numerus:
            m.translation, m.finished = list(match.translation), True
    used = {(f.source, f.comment) for f in fresh}
    unused = {(m.source, m.comment): m for m in ranked if (m.source, m.comment) not in used}
    vanished = [Message(m.context, m.source, m.comment, m.extracomment, m.numerus, [],
                        list(m.translation), False, True) for m in unused.values()]
    out = fresh + (vanished if keep_vanished else [])
    return out, sum(1 for m in fresh if not m.finished), len(vanished)


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", action="append", help="language code, e.g. zh_CN")
    parser.add_argument("--check", action="store_true",
                        help="exit with 1 when any message is untranslated")
    parser.add_argument("--drop-vanished", action="store_true",
                        help="forget translations of texts no longer in the source")
    parser.add_argument("--release-only", action="store_true",
                        help="only compile the existing .ts files into .qm (for builds)")
    args = parser.parse_args(argv)
    languages = args.lang or sorted(
        {p.stem.removeprefix(f"{CATALOGUE}_") for p in TRANSLATIONS.glob(f"{CATALOGUE}_*.ts")}
        or set(DEFAULT_LANGUAGES))
    if args.release_only:
        for language in languages:
            ts = TRANSLATIONS / f"{CATALOGUE}_{language}.ts"
            compile_qm(ts, ts.with_suffix(".qm"))
            print(f"{ts.with_suffix('.qm').relative_to(ROOT)} compiled")
        return 0
    sources = sorted(SOURCE.rglob("*.py"))
    try:
        fresh_template = extract(sources)
    except Unplaceable as exc:
        print(f"Some texts cannot be placed in a translation context:\n{exc}", file=sys.stderr)
        return 2
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    missing = 0
    for language in languages:
        ts = TRANSLATIONS / f"{CATALOGUE}_{language}.ts"
        fresh = [Message(m.context, m.source, m.comment, m.extracomment, m.numerus,
                         list(m.locations)) for m in fresh_template]
        merged, unfinished, unused = merge(fresh, read_ts(ts),
                                           keep_vanished=not args.drop_vanished)
        write_ts(ts, language, merged)
        compile_qm(ts, ts.with_suffix(".qm"))
        missing += unfinished
        print(f"{ts.relative_to(ROOT)}: {len(fresh)} messages, {unfinished} untranslated, "
              f"{unused} translations no longer used"
              + (" (dropped)" if args.drop_vanished else " (kept as vanished)"))
    return 1 if args.check and missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
