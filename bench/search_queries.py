# The queries of bench/search.sh (and bench/search-ab.sh), from a fixed seed, written into the directory given:
# dated.txt, undated.txt and page.txt (a word, a region and a date of the coming week), cold.txt (the first search of
# 20 dates nobody asked for), broad.txt (a whole 시·도 on a date) and health.txt.
import datetime, random, sys, urllib.parse
random.seed(20181223)
words = ["회의실", "체육관", "주차장", "강당", "공연장", "테니스장", "강의실", "전시실", "다목적실", "텃밭",
         "수영장", "캠핑장", "주민센터", "문화", "시민", "운동장", "세미나실", "연습실"]
regions = ["11", "26", "27", "28", "29", "30", "31", "36110", "41", "42", "43", "44", "45", "46", "47", "48",
           "50", "51", "52", "41110", "11560", "43800", "47920"]
today = datetime.date.today()
out = sys.argv[1]
with open(out + "/dated.txt", "w") as dated, open(out + "/undated.txt", "w") as undated, \
        open(out + "/page.txt", "w") as page:
    for _ in range(2000):
        query = "q=%s&region=%s" % (urllib.parse.quote(random.choice(words)), random.choice(regions))
        day = today + datetime.timedelta(days=random.randint(1, 7))
        window = ""
        if random.random() >= 0.5:
            hour = random.choice([9, 10, 14, 18, 19])
            window = "&from=%02d:00&to=%02d:00" % (hour, hour + 2)
        dated.write("/api/v1/resources?%s&date=%s%s\n" % (query, day, window))
        undated.write("/api/v1/resources?%s\n" % query)
        page.write("/resources?%s\n" % query)
# Dates nobody searched in the phases above (8 to 60 days ahead): the first search of each, one at a time.
with open(out + "/cold.txt", "w") as cold:
    for day in sorted(random.sample(range(8, 61), 20)):
        date = today + datetime.timedelta(days=day)
        if day % 2:
            cold.write("/api/v1/resources?region=%s&date=%s&from=18:00&to=20:00\n" % (random.choice(regions), date))
        else:
            cold.write("/api/v1/resources?q=%s&date=%s\n" % (urllib.parse.quote(random.choice(words)), date))
# Broad dated queries, a whole 시·도 on a date of the coming week: thousands of matches for the availability filter.
with open(out + "/broad.txt", "w") as broad:
    for _ in range(200):
        day = today + datetime.timedelta(days=random.randint(1, 7))
        broad.write("/api/v1/resources?region=%s&date=%s\n" % (random.choice(regions[:17]), day))
with open(out + "/health.txt", "w") as health:
    health.write("/actuator/health\n")
