"""Training the mention model: reproducible bytes, and it learns what it is shown."""

from __future__ import annotations

from newstimeline.evaluate.timeml import parse_timeml
from newstimeline.events.train import examples, folds_of, train
from newstimeline.text import tokens

TML = """<TimeML><DOCID>{id}</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-02-19">1998-02-19</TIMEX3></DCT>
<TEXT>
Officials <EVENT eid="e1" class="REPORTING">said</EVENT> the rebels <EVENT eid="e2" class="OCCURRENCE">attacked</EVENT> the town. The <EVENT eid="e3" class="OCCURRENCE">fighting</EVENT> <EVENT eid="e4" class="ASPECTUAL">ended</EVENT> at dawn.
</TEXT></TimeML>"""  # noqa: E501 (TimeML keeps each sentence on one line)


def test_examples_label_the_gold_triggers() -> None:
    (first, labels_1), (_, labels_2) = examples(parse_timeml(TML.format(id="a")))
    assert len(first) == len(labels_1) == 8
    assert labels_1 == [0, 2, 0, 0, 1, 0, 0, 0]  # said: REPORTING, attacked: OCCURRENCE
    assert labels_2 == [0, 1, 6, 0, 0, 0]  # fighting: OCCURRENCE, ended: ASPECTUAL


def test_training_is_deterministic_and_learns_the_triggers() -> None:
    documents = [parse_timeml(TML.format(id=name)) for name in ("a", "b")]
    model = train(documents, epochs=3, outside_margin=0.0)
    assert model.to_json() == train(documents, epochs=3, outside_margin=0.0).to_json()
    text = "Officials said the rebels attacked the town."
    assert model.label_tokens(tokens(text)) == [
        "O", "REPORTING", "O", "O", "OCCURRENCE", "O", "O", "O"]


def test_folds_split_by_document_in_path_order() -> None:
    documents = [parse_timeml(TML.format(id=n), path=f"{n}.tml") for n in "edcba"]
    assert [[d.doc_id for d in fold] for fold in folds_of(documents, 2)] == [
        ["a", "c", "e"], ["b", "d"]]
