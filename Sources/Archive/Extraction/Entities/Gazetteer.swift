/// Lists of names from public facts (countries, capitals, nationalities, well-known
/// organizations, common given names) and of the words that announce a name (titles,
/// company forms). The tagger reads membership as features; it learns how far to trust them.
struct Gazetteer: Sendable {
    struct Category: OptionSet, Sendable {
        let rawValue: UInt32
        static let country = Category(rawValue: 1 << 0)
        static let place = Category(rawValue: 1 << 1)
        static let nationality = Category(rawValue: 1 << 2)
        static let organization = Category(rawValue: 1 << 3)
        static let givenName = Category(rawValue: 1 << 4)
        /// Words that end or head an organization's name ("Inc", "Party", "Ministry").
        static let organizationWord = Category(rawValue: 1 << 5)
        /// Titles and roles written before a person's name ("President", "envoy").
        static let title = Category(rawValue: 1 << 6)
        static let honorific = Category(rawValue: 1 << 7)
        static let calendar = Category(rawValue: 1 << 8)

        /// The categories whose entries are names, so must be capitalised in the text.
        static let names: Category = [.country, .place, .nationality, .organization, .givenName]
        static let all: [Category] = [.country, .place, .nationality, .organization, .givenName, .organizationWord, .title, .honorific, .calendar]
    }

    /// Set on the tokens after the first of a multi-word entry.
    static let continuation: UInt32 = 1 << 15

    static let shared = Gazetteer()

    /// Phrase key (see `key(of:)`) to categories; `prefix` marks the first words of a longer entry.
    private var entries = IntegerKeyMap<UInt32>(capacity: 2048)
    private static let prefix: UInt32 = 1 << 31

    init() {
        add(Self.countries, .country)
        add(Self.places, .place)
        add(Self.nationalities, .nationality)
        add(Self.organizations, .organization)
        add(Self.givenNames, .givenName)
        add(Self.organizationWords, .organizationWord)
        add(Self.titles, .title)
        add(Self.honorifics, .honorific)
        add(Self.calendar, .calendar)
    }

    private mutating func add(_ list: String, _ category: Category) {
        let tokenizer = Tokenizer()
        for line in list.split(whereSeparator: { $0 == "," || $0 == "\n" }) {
            let entry = Array(line.trimmingPrefix(" ").unicodeScalars)
            let tokens = tokenizer.tokenize(entry)
            guard !tokens.isEmpty else { continue }
            var hash = FeatureHash.seed
            for (k, token) in tokens.enumerated() {
                hash = FeatureHash.mix(hash, TokenView(token, in: entry).lower)
                entries[hash, default: 0] |= k == tokens.count - 1 ? category.rawValue : Self.prefix
            }
        }
    }

    /// A key for the words of `views` whatever their case: a chain of their lower-case hashes.
    static func key(of views: ArraySlice<TokenView>) -> UInt64 {
        views.reduce(FeatureHash.seed) { FeatureHash.mix($0, $1.lower) }
    }

    /// `key(of:)` for the words of `phrase`.
    static func key(of phrase: String) -> UInt64 {
        let scalars = Array(phrase.unicodeScalars)
        return key(of: Tokenizer().tokenize(scalars).map { TokenView($0, in: scalars) }[...])
    }

    /// The categories of `phrase` ("New York").
    func categories(of phrase: String) -> Category {
        Category(rawValue: (entries[Self.key(of: phrase)] ?? 0) & ~Self.prefix)
    }

    /// Sets `gazetteer` on every token inside an entry; name categories need a capital letter.
    func annotate(_ views: inout [TokenView]) {
        for i in views.indices {
            var hash = FeatureHash.seed
            var k = i
            while k < views.count {
                hash = FeatureHash.mix(hash, views[k].lower)
                k += 1
                guard let entry = entries[hash] else { break }
                var found = entry & ~Self.prefix
                if !views[i].flags.contains(.initialUpper) { found &= ~Category.names.rawValue }
                guard found != 0 else { continue }
                views[i].gazetteer |= found
                for j in (i + 1)..<k { views[j].gazetteer |= found | Self.continuation }
            }
        }
    }

    static let countries = """
        Afghanistan, Albania, Algeria, Andorra, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bahamas, \
        Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan, Bolivia, Bosnia, Herzegovina, \
        Bosnia and Herzegovina, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi, Cambodia, Cameroon, Canada, \
        Cape Verde, Central African Republic, Chad, Chile, China, Colombia, Comoros, Congo, Costa Rica, Croatia, Cuba, \
        Cyprus, Czech Republic, Czechia, Denmark, Djibouti, Dominica, Dominican Republic, East Timor, Ecuador, Egypt, \
        El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Ethiopia, Fiji, Finland, France, Gabon, Gambia, \
        Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea, Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, \
        Iceland, India, Indonesia, Iran, Iraq, Ireland, Israel, Italy, Ivory Coast, Jamaica, Japan, Jordan, Kazakhstan, \
        Kenya, Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos, Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, \
        Lithuania, Luxembourg, Macedonia, North Macedonia, Madagascar, Malawi, Malaysia, Maldives, Mali, Malta, \
        Marshall Islands, Mauritania, Mauritius, Mexico, Micronesia, Moldova, Monaco, Mongolia, Montenegro, Morocco, \
        Mozambique, Myanmar, Burma, Namibia, Nauru, Nepal, Netherlands, Holland, New Zealand, Nicaragua, Niger, Nigeria, \
        North Korea, South Korea, Korea, Norway, Oman, Pakistan, Palau, Palestine, Panama, Papua New Guinea, Paraguay, \
        Peru, Philippines, Poland, Portugal, Qatar, Romania, Russia, Rwanda, Samoa, San Marino, Saudi Arabia, Senegal, \
        Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia, South Africa, \
        South Sudan, Spain, Sri Lanka, Sudan, Suriname, Swaziland, Sweden, Switzerland, Syria, Taiwan, Tajikistan, \
        Tanzania, Thailand, Togo, Tonga, Trinidad, Tobago, Trinidad and Tobago, Tunisia, Turkey, Türkiye, Turkmenistan, \
        Tuvalu, Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom, U.K., UK, Britain, Great Britain, England, \
        Scotland, Wales, Northern Ireland, United States, United States of America, U.S., US, USA, U.S.A., America, \
        Uruguay, Uzbekistan, Vanuatu, Vatican, Venezuela, Vietnam, Yemen, Zambia, Zimbabwe, Yugoslavia, Soviet Union, \
        USSR, Zaire, Czechoslovakia, Greenland, Hong Kong, Macau, Puerto Rico, Chechnya, Tibet, Crimea, Gaza, West Bank
        """

    static let places = """
        Kabul, Tirana, Algiers, Luanda, Buenos Aires, Yerevan, Canberra, Sydney, Melbourne, Vienna, Baku, Manama, Dhaka, \
        Minsk, Brussels, Sarajevo, Brasilia, Rio de Janeiro, Sao Paulo, Sofia, Phnom Penh, Ottawa, Toronto, Montreal, \
        Vancouver, Santiago, Beijing, Shanghai, Bogota, Havana, Nicosia, Prague, Copenhagen, Cairo, Tallinn, Addis Ababa, \
        Helsinki, Paris, Tbilisi, Berlin, Bonn, Frankfurt, Munich, Hamburg, Accra, Athens, Budapest, Reykjavik, \
        New Delhi, Delhi, Mumbai, Bombay, Calcutta, Kolkata, Jakarta, Tehran, Baghdad, Dublin, Jerusalem, Tel Aviv, \
        Rome, Milan, Naples, Tokyo, Osaka, Amman, Astana, Almaty, Nairobi, Pristina, Kuwait City, Bishkek, Riga, Beirut, \
        Tripoli, Vilnius, Skopje, Kuala Lumpur, Mexico City, Chisinau, Ulan Bator, Rabat, Casablanca, Maputo, Yangon, \
        Rangoon, Kathmandu, Amsterdam, The Hague, Rotterdam, Wellington, Auckland, Managua, Abuja, Lagos, Pyongyang, \
        Seoul, Oslo, Muscat, Islamabad, Karachi, Lahore, Panama City, Lima, Manila, Warsaw, Lisbon, Doha, Bucharest, \
        Moscow, St Petersburg, Kigali, Riyadh, Dakar, Belgrade, Freetown, Bratislava, Ljubljana, Mogadishu, Pretoria, \
        Johannesburg, Cape Town, Madrid, Barcelona, Colombo, Khartoum, Stockholm, Bern, Geneva, Zurich, Damascus, \
        Taipei, Dushanbe, Dar es Salaam, Bangkok, Tunis, Ankara, Istanbul, Kampala, Kyiv, Kiev, Kharkiv, Odesa, Odessa, \
        Lviv, Donetsk, Luhansk, Abu Dhabi, Dubai, London, Manchester, Liverpool, Birmingham, Glasgow, Edinburgh, \
        Cardiff, Belfast, Westminster, Whitehall, Washington, New York, New York City, Los Angeles, Chicago, Houston, Boston, San Francisco, \
        Miami, Atlanta, Dallas, Detroit, Seattle, Philadelphia, Montevideo, Tashkent, Caracas, Hanoi, Ho Chi Minh City, \
        Sanaa, Lusaka, Harare, Gaza City, Ramallah, Anchorage, Kursk, Mariupol, Bakhmut, Zaporizhzhia, Kherson, \
        Sevastopol, Grozny, Vladivostok, Minneapolis, Denver, Phoenix, Las Vegas, Hollywood, Wall Street, \
        Alabama, Alaska, Arizona, Arkansas, California, Colorado, Connecticut, Delaware, Florida, Hawaii, Idaho, \
        Illinois, Indiana, Iowa, Kansas, Kentucky, Louisiana, Maine, Maryland, Massachusetts, Michigan, Minnesota, \
        Mississippi, Missouri, Montana, Nebraska, Nevada, New Hampshire, New Jersey, New Mexico, North Carolina, \
        North Dakota, Ohio, Oklahoma, Oregon, Pennsylvania, Rhode Island, South Carolina, South Dakota, Tennessee, \
        Texas, Utah, Vermont, Virginia, West Virginia, Wisconsin, Wyoming, Quebec, Ontario, Alberta, \
        British Columbia, Bavaria, Catalonia, Kashmir, Punjab, Kurdistan, Siberia, Donbas, Balkans, Kosovo, \
        Europe, Asia, Africa, North America, South America, Latin America, Antarctica, Oceania, Middle East, \
        Caribbean, Scandinavia, Eastern Europe, Western Europe, Central Asia, Southeast Asia, Gulf, Persian Gulf, \
        Atlantic, Pacific, Mediterranean, Black Sea, Baltic, Red Sea, Arctic, Sahara, Himalayas, Alps, Nile, Danube, \
        Thames, Mississippi River, Amazon, Yangtze, Rhine, Volga, Dnipro, Dnieper, Strait of Hormuz, Suez Canal
        """

    static let nationalities = """
        Afghan, Albanian, Algerian, American, Angolan, Argentine, Argentinian, Armenian, Australian, Austrian, \
        Azerbaijani, Bangladeshi, Belarusian, Belgian, Bolivian, Bosnian, Brazilian, British, Bulgarian, Burmese, \
        Cambodian, Cameroonian, Canadian, Chilean, Chinese, Colombian, Congolese, Croatian, Cuban, Cypriot, Czech, \
        Danish, Dutch, Ecuadorian, Egyptian, English, Eritrean, Estonian, Ethiopian, European, Filipino, Finnish, \
        French, Georgian, German, Ghanaian, Greek, Haitian, Honduran, Hungarian, Icelandic, Indian, Indonesian, \
        Iranian, Iraqi, Irish, Israeli, Italian, Ivorian, Jamaican, Japanese, Jordanian, Kazakh, Kenyan, Korean, \
        Kosovar, Kurdish, Kuwaiti, Latvian, Lebanese, Liberian, Libyan, Lithuanian, Macedonian, Malaysian, Maltese, \
        Mexican, Moldovan, Mongolian, Moroccan, Mozambican, Namibian, Nepalese, Nigerian, Norwegian, Pakistani, \
        Palestinian, Panamanian, Paraguayan, Peruvian, Polish, Portuguese, Qatari, Romanian, Russian, Rwandan, Saudi, \
        Scottish, Senegalese, Serb, Serbian, Slovak, Slovenian, Somali, South African, Spanish, Sri Lankan, Sudanese, \
        Swedish, Swiss, Syrian, Taiwanese, Tajik, Tanzanian, Thai, Tunisian, Turkish, Ugandan, Ukrainian, Uruguayan, \
        Uzbek, Venezuelan, Vietnamese, Welsh, Yemeni, Yugoslav, Zambian, Zimbabwean, Soviet, Western, Arab, Asian, \
        African, Latin, Jewish, Muslim, Christian, Catholic, Protestant, Islamic, Sunni, Shi'ite, Shiite, Hindu, \
        Sikh, Buddhist, Kurd, Kurds, Palestinians, Israelis, Americans, Russians, Ukrainians, Europeans, Britons
        """

    static let organizations = """
        NATO, North Atlantic Treaty Organization, United Nations, UN, U.N., UNESCO, UNICEF, UNHCR, \
        Security Council, UN Security Council, U.N. Security Council, General Assembly, European Union, EU, \
        European Commission, European Parliament, European Council, European Central Bank, ECB, \
        International Monetary Fund, IMF, World Bank, World Trade Organization, WTO, World Health Organization, WHO, \
        OPEC, OSCE, G7, G20, G8, ASEAN, African Union, Arab League, Red Cross, International Red Cross, \
        Amnesty International, Human Rights Watch, Greenpeace, Interpol, Europol, IAEA, \
        International Criminal Court, ICC, International Court of Justice, FIFA, UEFA, IOC, \
        White House, Kremlin, Pentagon, State Department, Department of State, Justice Department, \
        Department of Justice, Treasury, Treasury Department, Defense Department, Department of Defense, \
        Department of Homeland Security, Homeland Security, Congress, Senate, House of Representatives, \
        Supreme Court, Federal Reserve, Fed, FBI, CIA, NSA, NASA, EPA, FDA, SEC, IRS, FEMA, \
        Republican Party, Democratic Party, Republicans, Democrats, GOP, Labour, Labour Party, Conservative Party, \
        Conservatives, Tories, Liberal Democrats, Reform UK, SNP, Bundestag, Bundesbank, Downing Street, \
        Parliament, House of Commons, House of Lords, Duma, State Duma, Knesset, Hamas, Hezbollah, Taliban, \
        Islamic State, ISIS, al Qaeda, al-Qaeda, Wagner, Wagner Group, Coalition of the Willing, \
        European Command, U.S. European Command, Central Command, U.S. Central Command, CENTCOM, EUCOM, \
        Reuters, Associated Press, AP, AFP, Agence France-Presse, Bloomberg, BBC, CNN, CNBC, NBC, ABC, CBS, \
        Fox News, Fox, MSNBC, NPR, PBS, Al Jazeera, New York Times, Washington Post, Wall Street Journal, \
        Financial Times, The Guardian, Guardian, The Times, Politico, Axios, Sky News, Tass, RIA Novosti, Interfax, \
        Xinhua, Kyodo, Yonhap, Apple, Google, Alphabet, Microsoft, Amazon, Meta, Facebook, Twitter, Tesla, \
        SpaceX, OpenAI, Nvidia, Intel, IBM, Samsung, Sony, Toyota, Honda, Volkswagen, BMW, Ford, General Motors, GM, \
        Boeing, Airbus, Exxon, ExxonMobil, Chevron, Shell, BP, Gazprom, Rosneft, Goldman Sachs, JPMorgan, \
        Morgan Stanley, Citigroup, Barclays, HSBC, Deutsche Bank, UBS, Credit Suisse, Walmart, Pfizer, Moderna, \
        Disney, Netflix, Coca-Cola, PepsiCo, McDonald's, Nike, Siemens, Nestle, Unilever, Vodafone, Nissan, \
        Renault, Fiat, Daimler, Mercedes, Philips, Nokia, Ericsson, Huawei, Alibaba, Tencent, Aeroflot, \
        Lufthansa, British Airways, Air France, Qantas, Oracle, Cisco, Motorola, AT&T, Verizon, Microsoft Corp, \
        Manchester United, Liverpool FC, Real Madrid, Barcelona FC, Bayern Munich, Juventus, AC Milan, Ajax, \
        Chelsea, Arsenal, Tottenham, Celtic, Rangers, PSV, Benfica, Porto, New York Yankees, Yankees, \
        Harvard, Harvard University, Yale, Oxford University, Cambridge University, Stanford, MIT
        """

    static let givenNames = """
        James, John, Robert, Michael, William, David, Richard, Joseph, Thomas, Charles, Christopher, Daniel, Matthew, \
        Anthony, Mark, Donald, Steven, Steve, Paul, Andrew, Joshua, Kenneth, Kevin, Brian, George, Timothy, Ronald, \
        Edward, Jason, Jeffrey, Ryan, Jacob, Gary, Nicholas, Eric, Jonathan, Stephen, Larry, Justin, Scott, Brandon, \
        Benjamin, Samuel, Gregory, Alexander, Frank, Patrick, Raymond, Jack, Dennis, Jerry, Tyler, Aaron, Jose, \
        Adam, Nathan, Henry, Douglas, Zachary, Peter, Kyle, Ethan, Walter, Noah, Jeremy, Christian, Keith, Roger, \
        Terry, Gerald, Harold, Sean, Austin, Carl, Arthur, Lawrence, Dylan, Jesse, Jordan, Bryan, Billy, Joe, Bruce, \
        Gabriel, Logan, Albert, Willie, Alan, Juan, Wayne, Elijah, Randy, Roy, Vincent, Ralph, Eugene, Russell, \
        Bobby, Mason, Philip, Louis, Bill, Bob, Jim, Tom, Mike, Dave, Tony, Chris, Nick, Ben, Sam, Tim, Jon, Dan, \
        Ian, Neil, Colin, Graham, Martin, Simon, Keir, Rishi, Boris, Tony, Gordon, Nigel, Hugh, Alistair, Liam, \
        Mary, Patricia, Jennifer, Linda, Elizabeth, Barbara, Susan, Jessica, Sarah, Karen, Nancy, Lisa, Betty, \
        Margaret, Sandra, Ashley, Kimberly, Emily, Donna, Michelle, Dorothy, Carol, Amanda, Melissa, Deborah, \
        Stephanie, Rebecca, Sharon, Laura, Cynthia, Kathleen, Amy, Shirley, Angela, Helen, Anna, Brenda, Pamela, \
        Nicole, Emma, Samantha, Katherine, Christine, Debra, Rachel, Catherine, Carolyn, Janet, Ruth, Maria, \
        Heather, Diane, Virginia, Julie, Joyce, Victoria, Olivia, Kelly, Christina, Lauren, Joan, Evelyn, Judith, \
        Megan, Cheryl, Andrea, Hannah, Martha, Jacqueline, Frances, Gloria, Ann, Anne, Teresa, Kathryn, Sara, \
        Janice, Jean, Alice, Madison, Doris, Abigail, Julia, Judy, Grace, Denise, Amber, Marilyn, Beverly, \
        Danielle, Theresa, Sophia, Marie, Diana, Brittany, Natalie, Isabella, Charlotte, Rose, Alexis, Kayla, \
        Hillary, Kamala, Nancy, Ursula, Angela, Theresa, Karoline, Kristi, Marco, Pete, Tulsi, Marjorie, Lindsey, \
        Vladimir, Volodymyr, Sergei, Sergey, Dmitry, Dmitri, Alexei, Alexey, Mikhail, Boris, Viktor, Yuri, Igor, \
        Andrei, Andriy, Oleksandr, Olena, Yulia, Nikolai, Ivan, Pavel, Anatoly, Gennady, Valery, Oleg, Petro, \
        Emmanuel, Olaf, Friedrich, Helmut, Gerhard, Jacques, Francois, Nicolas, Jean, Pierre, Giorgia, Silvio, \
        Pedro, Jair, Luiz, Javier, Carlos, Luis, Miguel, Jorge, Manuel, Antonio, Francisco, Alejandro, Fernando, \
        Ricardo, Mohammed, Muhammad, Mohamed, Ahmed, Ali, Hassan, Hussein, Omar, Abdullah, Recep, Benjamin, Yitzhak, \
        Ehud, Ariel, Shimon, Xi, Jinping, Narendra, Shinzo, Fumio, Moon, Kim, Justin, Jacinda, Scott, Malcolm, \
        Kevin, Nelson, Cyril, Jacob, Thabo, Robert, Wang, Li, Zhang, Hans, Klaus, Jurgen, Wolfgang, Stefan, Jan, \
        Lars, Anders, Erik, Sven, Giuseppe, Giovanni, Paolo, Marco, Luca, Alexus, Marcus, Elon, Jeff, Warren, Tucker
        """

    static let organizationWords = """
        Inc, Inc., Corp, Corp., Corporation, Co, Co., Ltd, Ltd., Limited, Plc, PLC, LLC, AG, SA, NV, GmbH, Group, \
        Holdings, Bank, Party, Ministry, Command, Council, Committee, Commission, Agency, Department, Office, \
        Authority, Association, Federation, Union, League, Institute, University, College, School, Foundation, \
        Fund, Trust, Society, Organization, Organisation, Club, FC, United, City, Rovers, Athletic, Airlines, \
        Airways, Motors, Industries, Systems, Technologies, Partners, Capital, Securities, Exchange, Court, \
        Assembly, Parliament, Congress, Senate, Army, Navy, Force, Forces, Guard, Police, Service, Services, Times, \
        News, Post, Journal, Press, Network, Coalition, Alliance, Front, Movement, Bureau, Board, Centre, Center
        """

    static let titles = """
        President, Vice President, Prime Minister, Deputy Prime Minister, Minister, Foreign Minister, \
        Defence Minister, Defense Minister, Finance Minister, Interior Minister, Secretary, Secretary of State, \
        Defense Secretary, Foreign Secretary, Home Secretary, press secretary, spokesman, spokeswoman, spokesperson, \
        envoy, special envoy, ambassador, Ambassador, Chancellor, King, Queen, Prince, Princess, Pope, Sheikh, \
        Senator, Sen., Representative, Rep., Governor, Gov., Mayor, General, Gen., Admiral, Adm., Colonel, Col., \
        Captain, Capt., Lieutenant, Lt., Sergeant, Commander, Judge, Justice, Chief Justice, Attorney General, \
        chairman, chairwoman, chair, chief executive, CEO, director, head, leader, coach, manager, striker, \
        goalkeeper, midfielder, defender, captain, Premier, Speaker, Leader, Chief, Director, Chairman, \
        commissioner, Commissioner, spokesman, adviser, advisor, aide, official, analyst, economist, Dr., Professor
        """

    static let honorifics = "Mr, Mr., Mrs, Mrs., Ms, Ms., Miss, Dr, Dr., Sir, Dame, Lord, Lady, Mme, Herr, Madame, Monsieur"

    static let calendar = """
        January, February, March, April, May, June, July, August, September, October, November, December, \
        Jan., Feb., Mar., Apr., Aug., Sept., Sep., Oct., Nov., Dec., Monday, Tuesday, Wednesday, Thursday, Friday, \
        Saturday, Sunday
        """
}
