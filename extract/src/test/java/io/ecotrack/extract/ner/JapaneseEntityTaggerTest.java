package io.ecotrack.extract.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ecotrack.model.EntityType;
import java.util.List;
import org.junit.jupiter.api.Test;

class JapaneseEntityTaggerTest {
  private final JapaneseEntityTagger tagger = new JapaneseEntityTagger(Gazetteer.places());

  private List<String> tagged(String text) {
    return tagger.tag(text).stream().map(s -> s.text() + "/" + s.type()).toList();
  }

  @Test
  void aPlaceBeforeAWordAboutItsPeopleOrOriginIsStillAPlace() {
    assertEquals(List.of("香川県/" + EntityType.LOCATION), tagged("香川県出身の社員。"));
    assertEquals(List.of("イタリア/" + EntityType.LOCATION), tagged("イタリア人デザイナーが特許を取得した。"));
    assertEquals(List.of("日本/" + EntityType.LOCATION), tagged("日本国内の売上が伸びた。"));
  }

  @Test
  void aPlaceBeforeItsOfficeOrPeopleIsStillNamed() {
    assertEquals(List.of("マレーシア/LOCATION"), tagged("マレーシア首相の発言が報じられた。"));
    assertEquals(List.of(), tagged("アメリカ合衆国大統領選挙が行われた。"));
    assertEquals(List.of("ミシガン州/LOCATION"), tagged("ミシガン州選出の議員であった。"));
    assertEquals(List.of("カナダ/LOCATION"), tagged("カナダ向けの製品を作る。"));
  }

  @Test
  void aKindWrittenBeforeANameIsNotPartOfIt() {
    assertEquals(List.of("内藤礼/PERSON"), tagged("アーティスト内藤礼のマネージメントを行う。"));
    assertEquals(List.of("EXILE TRIBE/ORGANIZATION"), tagged("バンドEXILE TRIBEのメンバーである。"));
    assertEquals(List.of("ビーイング/ORGANIZATION"), tagged("ソフトウェア会社ビーイングの元社員。"));
  }

  @Test
  void aNameTheDictionaryFilesAsAPersonIsAGroupWhenItsWordsOrContextSaySo() {
    assertEquals(List.of("株式会社タミヤ/ORGANIZATION"), tagged("模型は株式会社タミヤより発売された。"));
    assertEquals(List.of("是空/ORGANIZATION"), tagged("2003年に是空解散。"));
  }

  @Test
  void sitesNamedByWhatTheyAreForAreFacilities() {
    assertEquals(List.of("川越西郵便局/FACILITY"), tagged("郵便物は川越西郵便局に運ばれた。"));
    assertEquals(List.of("新横浜スケートセンター/FACILITY"), tagged("試合は新横浜スケートセンターで行われた。"));
    assertEquals(List.of("宿河原交差点/FACILITY"), tagged("宿河原交差点のそばにある。"));
  }

  @Test
  void eventsAndModelNumbersAreNotOrganizations() {
    assertEquals(List.of(), tagged("2012年のロンドンオリンピックに出場した。"));
    assertEquals(List.of(), tagged("ナビスコ杯で優勝した。"));
    assertEquals(List.of(), tagged("2005年の衆院選で当選した。"));
    assertEquals(List.of(), tagged("後継のB360が発売された。"));
    assertEquals(List.of("AKB48/ORGANIZATION"), tagged("AKB48の活動に参加した。"));
    assertEquals(List.of(), tagged("第22回衆議院議員総選挙に立候補した。"));
    assertEquals(List.of("衆議院/ORGANIZATION"), tagged("衆議院は法案を可決した。"));
    assertEquals(List.of(), tagged("試作機X-35は飛行した。"));
    assertEquals(List.of(), tagged("試作機ASR-33が使われた。"));
    assertEquals(List.of(), tagged("雑誌「OHM」を創刊した。"));
    assertEquals(List.of(), tagged("天正9年に城を築いた。"));
    assertEquals(List.of(), tagged("スー族がパイプを使った。"));
    assertEquals(List.of(), tagged("日中戦争が始まった。"));
    assertEquals(List.of(), tagged("ノモンハン事件の後である。"));
  }

  @Test
  void aLoanwordTheDictionaryFilesAsAPersonIsNoneInsideACompound() {
    assertEquals(List.of("ミネソタ州/LOCATION", "メディカル・アレー/LOCATION"), tagged("ミネソタ州の医療機器クラスター「メディカル・アレー」の現状"));
    assertEquals(List.of("プロメガ/ORGANIZATION", "マディソン/LOCATION"), tagged("プロメガはマディソンに本社を置くライフサイエンス企業である。"));
    assertEquals(List.of("ジェームズ・フォレスタル/PERSON"), tagged("海軍長官ジェームズ・フォレスタルによって設立された。"));
  }

  @Test
  void anEnglishPluralNamesATeamAndAShopNameEndsIn屋() {
    assertEquals(List.of("タンパベイ・バッカニアーズ/ORGANIZATION"), tagged("試合はタンパベイ・バッカニアーズが勝った。"));
    assertEquals(List.of("ハイコ・シュトルツ/PERSON"), tagged("町長のハイコ・シュトルツは再選された。"));
    assertEquals(List.of("野沢屋/ORGANIZATION"), tagged("店は野沢屋と呼ばれた。"));
  }

  @Test
  void organizationsJoinedByADotAreNamedOneByOne() {
    assertEquals(List.of("タワーレコード/ORGANIZATION", "NTTドコモ/ORGANIZATION", "レコチョク/ORGANIZATION"),
        tagged("配信はタワーレコード・NTTドコモ・レコチョクの3社で行われた。"));
  }

  @Test
  void sitesJoinedByADotAreNamedOneByOne() {
    assertEquals(List.of("大阪府立体育会館/FACILITY", "愛知県体育館/FACILITY"), tagged("会場は大阪府立体育会館・愛知県体育館である。"));
  }

  @Test
  void aGroupNamedAfterAPersonsWholeNameNamesThePerson() {
    assertEquals(List.of("田中義一/PERSON"), tagged("1927年に田中義一内閣が成立した。"));
    assertEquals(List.of("若槻内閣/ORGANIZATION"), tagged("第2次若槻内閣が総辞職した。"));
  }

  @Test
  void aForeignNameAfterADivisionIsATownOfIt() {
    assertEquals(List.of("ケンタッキー州レキシントン/LOCATION"), tagged("ケンタッキー州レキシントンで生まれた。"));
  }

  @Test
  void countriesWrittenByTheirInitialsAreNamedOneByOne() {
    assertEquals(List.of("独/LOCATION", "伊/LOCATION"), tagged("独伊の作戦が始まった。"));
    assertEquals(List.of("米/LOCATION", "中/LOCATION"), tagged("米中が接近した。"));
  }

  @Test
  void aPlaceThatOnlyQualifiesTheNextWordIsNotTagged() {
    assertEquals(List.of(), tagged("日本映画の歴史を調べた。"));
  }

  @Test
  void stationsJoinedByADashAreSeparateNames() {
    assertEquals(List.of("会津若松駅/FACILITY", "会津川口駅/FACILITY"), tagged("会津若松駅-会津川口駅間は8本程度であった。"));
  }

  @Test
  void aForeignNameKuromojiDoesNotKnowIsAPersonUnlessItsContextSaysOtherwise() {
    assertEquals(List.of("ジョヴァンニ・ヴィリアール/PERSON"), tagged("ジョヴァンニ・ヴィリアールが設計した。"));
    assertEquals(List.of("セックス・ピストルズ/ORGANIZATION"), tagged("ロックバンド、セックス・ピストルズの映画。"));
    assertEquals(List.of("スポルチ・レシフェ/ORGANIZATION"), tagged("彼はスポルチ・レシフェに移籍した。"));
  }

  @Test
  void latinNamesKeepTheirDigitsAndHyphens() {
    assertEquals(List.of("AKB48/ORGANIZATION"), tagged("彼女はAKB48のメンバーである。"));
  }

  @Test
  void whatANameMadeOrDidAfterItIsNotPartOfIt() {
    assertEquals(List.of("日野自動車/ORGANIZATION"), tagged("日野自動車製のバスを使う。"));
  }

  @Test
  void aSiteSuffixNamesASiteEvenAfterCommonWords() {
    assertEquals(List.of("鉄鋼館/FACILITY"), tagged("万博で鉄鋼館の音楽監督を務めた。").stream().filter(s -> s.startsWith("鉄鋼")).toList());
    assertEquals(List.of(), tagged("最寄り駅まで歩いた。"));
  }

  @Test
  void anUnknownForeignWordActingInItsClauseIsAPerson() {
    assertEquals(List.of("ベレゾフスキー/PERSON"), tagged("ベレゾフスキーは国外に逃れた。"));
    assertEquals(List.of("矢守克也/PERSON"), tagged("矢守克也らが調べた。"));
  }

  @Test
  void aCityNameBeforeAPluralIsATeam() {
    assertEquals(List.of("クリーブランド・ブラウンズ/ORGANIZATION", "ピッツバーグ・スティーラーズ/ORGANIZATION"),
        tagged("試合はクリーブランド・ブラウンズ対ピッツバーグ・スティーラーズだった。"));
  }

  @Test
  void companiesAndClubsWithoutAProperNoun() {
    assertEquals(List.of("FC琉球/ORGANIZATION"), tagged("翌年FC琉球に移籍した。"));
    assertEquals(List.of("ウエストランド社/ORGANIZATION"), tagged("ウエストランド社のヘリコプターを使う。"));
    assertEquals(List.of("千葉中央バス/ORGANIZATION"), tagged("千葉中央バスは路線を持つ。"));
  }

  @Test
  void aGeographicWordAfterANameIsPartOfThePlace() {
    assertEquals(List.of("アメリカ大陸/LOCATION"), tagged("海がアメリカ大陸を隔てる。"));
    assertEquals(List.of("中国大陸/LOCATION"), tagged("中国大陸では雨が多い。"));
    assertEquals(List.of("丸の内地区/LOCATION"), tagged("丸の内地区にはビルが多い。"));
  }

  @Test
  void theRestOfAListOfPlacesArePlacesToo() {
    assertEquals(List.of("アンダルシア州/LOCATION", "マラガ/LOCATION", "グラナダ/LOCATION", "コルドバ/LOCATION", "セビリア/LOCATION"),
        tagged("アンダルシア州のマラガ、グラナダ、コルドバ、セビリアなどの都市。"));
  }

  @Test
  void aJapaneseNameEndsAtItsGivenNameNotAtTheRoleAfterIt() {
    assertEquals(List.of("向田邦子/PERSON"), tagged("向田邦子脚本のドラマ。"));
    assertEquals(List.of("関根潤三/PERSON"), tagged("関根潤三が監督になった。"));
    assertEquals(List.of("伊藤/PERSON", "岩井志麻子/PERSON", "内田春菊/PERSON"), tagged("ゲストは伊藤・岩井志麻子・内田春菊だった。"));
  }

  @Test
  void clubsAndCompaniesNamedByACityAndAForeignWord() {
    assertEquals(List.of("大分トリニータ/ORGANIZATION"), tagged("大分トリニータの試合を観た。"));
    assertEquals(List.of("ブランドコーポレーション/ORGANIZATION"), tagged("彼はブランドコーポレーションで働いた。"));
    assertEquals(List.of("世界保健機関/ORGANIZATION"), tagged("世界保健機関は平均寿命を発表した。"));
  }

  @Test
  void aCompanysSiteNamedByAPlaceIsASiteOfItsOwn() {
    assertEquals(List.of("日本製紙/ORGANIZATION", "釧路工場/FACILITY"), tagged("日本製紙釧路工場で製紙を始めた。"));
    assertEquals(List.of("上本町駅/FACILITY"), tagged("上本町駅の屋上に建てた。"));
  }

  @Test
  void anEnglishNameInJapaneseTextIsOneName() {
    assertEquals(List.of("Mayo Clinic/ORGANIZATION"), tagged("米国のMayo Clinicは研究を進める。").stream().filter(s -> s.contains("Mayo")).toList());
    assertEquals(List.of(), tagged("番組「SCHOOL OF LOCK!」に出演した。"));
  }

  @Test
  void placesJoinedByADotAreListedOneByOne() {
    assertEquals(List.of("カタール/LOCATION", "ドーハ/LOCATION"), tagged("カタール・ドーハの競技場で開かれた。"));
  }

  @Test
  void aTextMayEndWithAName() {
    assertEquals(List.of("メドトロニック社/ORGANIZATION"), tagged("提携先はメドトロニック社"));
  }

  @Test
  void everyPrefixOfAReportIsTaggedWithoutFailing() {
    String report = "メイヨー・クリニック(Mayo Clinic)はミネソタ州ロチェスターに本社を置く。ウィスコンシン(WI)州のプロメガ、"
        + "エグザクト・サイエンシズ、gener8torなどの企業も拠点を構えている。AKB48、FC琉球、JR東海、Mayo Clinic Ventures。"
        + "田中義一内閣の後藤総裁は「メドテック・アクセラレーター」を共催した。カタール・ドーハ、上本町駅-会津若松駅間";
    for (int end = 0; end <= report.length(); end++) {
      String prefix = report.substring(0, end);
      for (EntitySpan s : tagger.tag(prefix)) {
        assertEquals(prefix.substring(s.start(), s.end()), s.text(), "span text matches its offsets in: " + prefix);
      }
    }
  }

  @Test
  void regnalNumbersAndNobleTitlesMarkPeople() {
    assertEquals(List.of("ラムセス2世/PERSON"), tagged("ラムセス2世の像が見つかった。"));
    assertEquals(List.of("イグリモント/PERSON"), tagged("彼はイグリモント伯爵と会った。"));
  }

  @Test
  void aPartOfAPlaceIsAPlace() {
    assertEquals(List.of("千葉県南部/LOCATION"), tagged("千葉県南部で雨が降った。"));
  }

  @Test
  void sitesNamedByTheirPlace() {
    assertEquals(List.of("鶴川駅/FACILITY"), tagged("鶴川駅行きのバスに乗った。"));
    assertEquals(List.of("大阪本社/FACILITY"), tagged("大阪本社の記者が書いた。"));
  }

  @Test
  void aNameKuromojiSeesInsideACommonWordIsNotAPerson() {
    assertEquals(List.of(), tagged("近年のスマートフォンの普及が進んだ。"));
  }

  @Test
  void aUnitOfAKnownOrganizationIsNamedApart() {
    assertEquals(List.of("日産自動車/ORGANIZATION", "サッカー部/ORGANIZATION"), tagged("日産自動車サッカー部に入部した。"));
    assertEquals(List.of("東日本旅客鉄道/ORGANIZATION", "鹿島臨海鉄道/ORGANIZATION"), tagged("東日本旅客鉄道・鹿島臨海鉄道が運行する。"));
  }

  @Test
  void aSurnameKuromojiDoesNotKnowIsTakenWithTheGivenName() {
    assertEquals(List.of("倍賞美津子/PERSON"), tagged("倍賞美津子が出演した。"));
    assertEquals(List.of("安田財閥/ORGANIZATION"), tagged("安田財閥系の銀行である。"));
  }

  @Test
  void givenNamesKuromojiFilesAsPlacesOrWordsStayWithTheSurname() {
    assertEquals(List.of("鈴木亜久里/PERSON"), tagged("レーシングドライバーの鈴木亜久里が走った。"));
    assertEquals(List.of("赤澤尭/PERSON"), tagged("監督は赤澤尭、脚本は別の人。").stream().filter(s -> s.contains("澤")).toList());
  }

  @Test
  void numberedMilitaryUnitsAndMinistriesAreOrganizations() {
    assertEquals(List.of("第18軍/ORGANIZATION"), tagged("第18軍の将兵が上陸した。"));
    assertEquals(List.of("教育省/ORGANIZATION"), tagged("教育省から通知があった。"));
  }

  @Test
  void whatFollowsAForeignNameCanMakeItACompany() {
    assertEquals(List.of("ボンバルディア/ORGANIZATION"), tagged("機体はボンバルディア製の旅客機である。"));
    assertEquals(List.of("スノープス/ORGANIZATION"), tagged("記事はスノープスの社員が書いた。"));
    assertEquals(List.of("ストラングラーズ/ORGANIZATION"), tagged("彼らはストラングラーズを結成した。"));
  }

  @Test
  void partsOfAForeignNameJoinedByAnEqualsSignAreOneName() {
    assertEquals(List.of("ル=グウィン/PERSON"), tagged("作者のル=グウィンは抗議した。"));
  }

  @Test
  void aTitleOrPositionRightBeforeANameMakesItAPerson() {
    assertEquals(List.of("イーデン/PERSON"), tagged("外相イーデンに対して抗議した。"));
    assertEquals(List.of("野崎陽介/PERSON"), tagged("MF野崎陽介が左足で決めた。"));
  }

  @Test
  void anUnknownNameThatDoesWhatCompaniesDoIsAnOrganization() {
    assertEquals(List.of("ジュラスイス/ORGANIZATION"), tagged("ジュラスイスは1962年に設立された。"));
    assertEquals(List.of("ベレゾフスキー/PERSON"), tagged("ベレゾフスキーは1946年に生まれ、会社を設立した。"));
  }

  @Test
  void anUnknownForeignNameWhereSomethingHappensIsAPlace() {
    assertEquals(List.of("ソンドリオ/LOCATION"), tagged("北側のソンドリオに拠点を置いた。"));
  }

  @Test
  void anUnknownNameWithFamilyIsAPerson() {
    assertEquals(List.of("モリー/PERSON"), tagged("モリーの夫は医師だった。"));
  }

  @Test
  void aPublisherNamedByWhatItDoesIsAnOrganization() {
    assertEquals(List.of("改造社/ORGANIZATION"), tagged("小説は改造社から出版された。"));
  }

  @Test
  void aCommonLoanwordIsNotAnUnknownName() {
    assertEquals(List.of(), tagged("彼はGKコーチに就任した。"));
  }

  @Test
  void aMakerBeforeAModelWithACodeIsNamedAlone() {
    assertEquals(List.of("ホンダ/ORGANIZATION", "日産/ORGANIZATION"), tagged("車種はホンダ・NSX、日産・フェアレディZ Z33である。"));
    assertEquals(List.of("エアリンガス・コミューター/ORGANIZATION"), tagged("エアリンガス・コミューターが運航した。"));
  }

  @Test
  void aNameDoesNotBeginWithACounterOrAHiraganaWord() {
    assertEquals(List.of("会津若松駅/FACILITY"), tagged("1日あたり会津若松駅から3本が出る。"));
    assertEquals(List.of("自由党/ORGANIZATION"), tagged("演説から3ヶ月後自由党が結成された。"));
  }

  @Test
  void aNameFiledAsAPersonsIsAPlaceWithADivisionAfterIt() {
    assertEquals(List.of("メイソン郡/LOCATION"), tagged("男がメイソン郡で逮捕された。"));
    assertEquals(List.of("甲斐国/LOCATION", "武田/PERSON"), tagged("甲斐国の武田氏が治めた。"));
  }
}
