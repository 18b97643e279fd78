#!/usr/bin/env python3
"""Writes the JSON, JSON Lines and text seeds of fuzz/corpus from the repository's own snapshots (run by hand; the
CSV seeds are written by the harness itself: dotnet PublicSecurity.Stats.Fuzz.dll --csv-seeds fuzz/corpus/csv).
Each seed file is: family byte (0 json, 1 jsonl, 2 csv, 3 text), selector byte, document."""
import json, os, sys
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
snap = os.path.join(root, "tests/PublicSecurity.Stats.Tests/Serialization")
out = os.path.join(root, "fuzz/corpus")
# The order of FuzzTargets.Json.
json_models = ["reportingPeriod", "province", "figure", "dataCoverage", "criminalCase", "drugQuantity", "drugSeizure",
               "drill", "electronicIdActivation", "chipIdCardIssuance", "onlineServiceProvision", "trafficAccident",
               "crackdownCampaign", "caseTally", "drugSeizureTally", "drillTally", "trafficTally", "electronicIdTally",
               "campaignTally", "chipIdCardTally", "onlineServiceTally", "provincialReport"]
# The order of FuzzTargets.Lines.
line_models = ["criminalCase", "drugSeizure", "drill", "electronicIdActivation", "chipIdCardIssuance",
               "onlineServiceProvision", "trafficAccident", "crackdownCampaign", "reportingPeriod", "province"]
docs = {}
for name in json_models:
    path = os.path.join(snap, f"ModelJsonTests.Serialize_EachModel_MatchesSnapshot_{name}.verified.json")
    if os.path.exists(path):
        docs[name] = open(path, encoding="utf-8").read()
docs["reportingPeriod"] = json.dumps({"start": "2022-12-15", "end": "2023-10-14", "cutoffDay": 14, "unit": "firstMonths", "year": 2023, "index": 10})
docs["provincialReport"] = open(os.path.join(root, "src/PublicSecurity.Stats/Data/binh-duong-2023.json"), encoding="utf-8").read()
docs["dataCoverage"] = json.dumps({"start": "2023-01-01", "end": "2023-10-14"})

def write(family, selector, name, payload):
    d = os.path.join(out, ["json", "jsonl", "csv", "text"][family])
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, name), "wb") as f:
        f.write(bytes([family, selector]) + payload.encode("utf-8"))

for i, name in enumerate(json_models):
    if name in docs:
        write(0, i, f"{i:02d}-{name}.compact.json", json.dumps(json.loads(docs[name]), ensure_ascii=False, separators=(",", ":")))
for i, name in enumerate(line_models):
    if name in docs:
        line = json.dumps(json.loads(docs[name]), ensure_ascii=False, separators=(",", ":"))
        write(1, i, f"{i:02d}-{name}.jsonl", line + "\n" + line + "\n")
texts = [
    (0, ["trên 90%", "472 vụ", "giảm 20%", "gần 20 kg", "1,4 triệu tài khoản", "đứng thứ hai toàn quốc", "hơn 1.000 lớp", "over 90%", "2nd"]),
    (3, ["vn", "gregorian", "cutoff:14", "cutoff:31"]),
    (4, ["2023", "2023-10M", "2023-Q1", "2023-H1", "2023-M05", "10 tháng đầu năm 2023", "quý I/2023", "tháng 5/2023", "first 10 months of 2023", "May 2023"]),
    (6, ["74", "Bình Dương", "binh duong", "Thành phố Hồ Chí Minh", "79"]),
    (7, ["79", "Thành phố Hồ Chí Minh", "Đồng Nai"]),
]
for selector, items in texts:
    for j, t in enumerate(items):
        write(3, selector, f"{selector}-{j:02d}.txt", t)
write(0, 0, "00-reportingPeriod.indented.json", json.dumps(json.loads(docs["reportingPeriod"]), indent=2))
print("seeds written to", out)
