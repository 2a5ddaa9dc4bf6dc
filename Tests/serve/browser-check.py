#!/usr/bin/env python3
"""Uses `mekong serve` as a person would, in headless Chromium (make check-serve).

Starts `mekong serve --port 0` on loopback against STORE, opens the start page, types a name without its
diacritics into the search box, waits for the suggestions of search-as-you-type, clicks one to reach the
entity page, clicks a neighbour, opens its ego diagram and clicks a node in it (walking to the neighbour's
own diagram), goes back to the entity page and clicks an article behind a relation, where the sentence and
the marked names must be. An entity named `<script>…` must show as text. Screenshots of every step go to
OUT; each step checks the elements it expects and the script exits non-zero at the first that is missing.

Selenium is told where Debian's chromedriver is, so it never downloads a browser or a driver.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.ui import WebDriverWait


def start_server(mekong, store):
    process = subprocess.Popen(
        [mekong, "serve", "--store", store, "--port", "0"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 30
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            if process.poll() is not None:
                sys.exit("mekong serve stopped: " + process.stderr.read())
            continue
        match = re.search(r"at (http://127\.0\.0\.1:\d+/)", line)
        if match:
            return process, match.group(1)
    process.kill()
    sys.exit("mekong serve did not say where it listens within 30 s")


def suggestion_names(driver):
    return driver.execute_script(
        "return Array.from(document.querySelectorAll('#suggestions a.suggestion')).map(a => a.textContent)")


def alert_open(driver):
    try:
        driver.switch_to.alert
        return True
    except NoAlertPresentException:
        return False


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()


def browser():
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or "/usr/bin/chromium"
    for argument in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1280,1000", "--lang=vi", "--no-first-run", "--disable-extensions"]:
        options.add_argument(argument)
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    if not os.path.exists(driver_path):
        sys.exit("Debian's chromedriver is missing: apt-get install chromium-driver (make check-serve does).")
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


class Check:
    def __init__(self, driver, out):
        self.driver, self.out, self.step, self.passed = driver, out, 0, 0

    def shot(self, name):
        self.step += 1
        path = os.path.join(self.out, f"{self.step:02d}-{name}.png")
        self.driver.save_screenshot(path)
        print(f"screenshot {path}")

    def expect(self, condition, message):
        if not condition:
            self.shot("failed")
            sys.exit(f"FAILED: {message} (at {self.driver.current_url})")
        self.passed += 1
        print(f"ok: {message}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mekong", required=True)
    parser.add_argument("--store", required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--search", default="le van nung", help="typed into the search box, without diacritics")
    parser.add_argument("--expect", default="Lê Văn Nưng", help="the entity the search must offer")
    parser.add_argument("--hostile-store", default=None,
                        help="a store (Tests/serve/hostile.json imported) whose entity person:<script> is named <script>…")
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)

    server, base = start_server(args.mekong, args.store)
    driver = browser()
    check = Check(driver, args.out)
    wait = WebDriverWait(driver, 15)
    try:
        driver.get(base)
        check.expect(driver.title.startswith("Mekong"), "the start page opens")
        check.shot("start")

        box = driver.find_element(By.ID, "search")
        box.click()
        for letter in args.search:  # typed key by key, as a person types
            box.send_keys(letter)
            time.sleep(0.03)
        # The list is redrawn as answers arrive: wait until the answer to the whole text is there.
        try:
            wait.until(lambda d: any(name.startswith(args.expect) for name in suggestion_names(d)))
        except TimeoutException:
            pass
        names = suggestion_names(driver)
        check.expect(any(name.startswith(args.expect) for name in names),
                     f"typing '{args.search}' offers {args.expect} ({names})")
        check.shot("search-as-you-type")

        driver.find_element(By.XPATH, f"//ul[@id='suggestions']//a[starts-with(normalize-space(.), '{args.expect}')]").click()
        wait.until(EC.presence_of_element_located((By.ID, "entity-name")))
        check.expect(driver.find_element(By.ID, "entity-name").text.startswith(args.expect), "the entity page opens")
        check.expect(len(driver.find_elements(By.CSS_SELECTOR, ".relation")) > 0, "the entity page lists relations")
        check.expect(len(driver.find_elements(By.CSS_SELECTOR, ".relation blockquote")) > 0,
                     "each relation shows its sentence")
        entity_url = driver.current_url
        check.shot("entity")

        neighbour = driver.find_elements(By.CSS_SELECTOR, ".relation a.neighbor")[0]
        neighbour_name = neighbour.text
        neighbour.click()
        wait.until(EC.text_to_be_present_in_element((By.ID, "entity-name"), neighbour_name))
        check.expect(True, f"clicking the neighbour {neighbour_name} opens its page")
        check.shot("neighbour")

        driver.find_element(By.ID, "diagram-link").click()
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#diagram svg")))
        nodes = driver.find_elements(By.CSS_SELECTOR, "#diagram svg g.node a")
        edges = driver.find_elements(By.CSS_SELECTOR, "#diagram svg g.edge a")
        check.expect(len(nodes) >= 2, f"the ego diagram is inline SVG with linked nodes ({len(nodes)})")
        check.expect(len(edges) >= 1, f"its edges are links ({len(edges)})")
        check.shot("diagram")

        here = driver.current_url
        link = "return arguments[0].getAttribute('xlink:href') || arguments[0].getAttribute('href')"
        hrefs = [(node, driver.execute_script(link, node)) for node in nodes]
        target, href = next((node, href) for node, href in hrefs if href and not here.endswith(href))
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", target)
        wait.until(lambda d: d.current_url != here)
        wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#diagram svg")))
        check.expect("/diagram" in driver.current_url, f"clicking a node walks to its diagram ({href})")
        check.shot("diagram-walked")

        driver.get(entity_url)
        article = driver.find_elements(By.CSS_SELECTOR, ".relation a.article")[0]
        article.click()
        wait.until(EC.presence_of_element_located((By.ID, "article-text")))
        marks = driver.find_elements(By.CSS_SELECTOR, "#article-text mark.mention")
        facts = driver.find_elements(By.CSS_SELECTOR, "#article-text span.fact")
        check.expect(len(marks) > 0, f"the article marks its names ({len(marks)})")
        check.expect(len(facts) > 0, f"the article underlines its facts ({len(facts)})")
        fragment = driver.execute_script("return location.hash")
        check.expect(fragment.startswith("#r-") and len(driver.find_elements(By.CSS_SELECTOR, f"[id='{fragment[1:]}']")) == 1,
                     f"the link lands on the relation's sentence ({fragment})")
        check.shot("article")

        driver.get(base + "query?q=" + "MATCH+(p%3Aperson)-[r%3Aholds_position]->(o)+RETURN+p.name%2C+r.title%2C+o.name")
        rows = driver.find_elements(By.CSS_SELECTOR, "#query-result tr")
        check.expect(len(rows) > 1, f"the query page shows the rows ({len(rows) - 1})")
        check.shot("query")

        if args.hostile_store:
            hostile, hostile_base = start_server(args.mekong, args.hostile_store)
            try:
                driver.get(hostile_base)
                box = driver.find_element(By.ID, "search")
                box.send_keys("script")
                try:
                    wait.until(lambda d: len(suggestion_names(d)) > 0)
                except TimeoutException:
                    pass
                offered = suggestion_names(driver)
                check.expect(any(name.startswith("<script>alert(1)</script>") for name in offered),
                             f"search-as-you-type shows <script> as text ({offered})")
                driver.find_element(By.CSS_SELECTOR, "#suggestions a.suggestion").click()
                wait.until(EC.presence_of_element_located((By.ID, "entity-name")))
                heading = driver.find_element(By.ID, "entity-name").text
                check.expect(heading.startswith("<script>alert(1)</script>"), "an entity named <script> is shown as text")
                check.expect(not alert_open(driver), "none of its markup ran (no alert)")
                scripts = driver.execute_script("return Array.from(document.scripts).map(s => s.src)")
                check.expect(all(source.endswith("/assets/search.js") for source in scripts), f"no other script is on the page ({scripts})")
                check.shot("hostile-entity")
                driver.find_elements(By.CSS_SELECTOR, ".relation a.article")[0].click()
                wait.until(EC.presence_of_element_located((By.ID, "article-title")))
                check.expect(driver.find_element(By.ID, "article-title").text.startswith("<img"), "a markup headline is text")
                check.expect(len(driver.find_elements(By.CSS_SELECTOR, "a[href^='javascript']")) == 0, "a javascript: URL is no link")
                check.shot("hostile-article")
            finally:
                stop(hostile)
    finally:
        driver.quit()
        stop(server)
    print(f"{check.passed} passed, 0 failed")


if __name__ == "__main__":
    main()
