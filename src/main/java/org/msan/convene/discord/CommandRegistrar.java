package org.msan.convene.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.Permission;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.CommandData;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.OptionData;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.msan.convene.bot.BotCommand;
import org.msan.convene.bot.CommandRegistry;
import org.msan.convene.bot.OptionSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the registry's commands with Discord: names, descriptions, option types, choices and
 * autocomplete, and Manage Events as the default permission of coordinator commands. Registers
 * again only when the definitions (or the target server) changed since the last time.
 */
final class CommandRegistrar {

  private static final Logger LOG = LoggerFactory.getLogger(CommandRegistrar.class);

  private CommandRegistrar() {}

  static List<CommandData> definitions(CommandRegistry registry) {
    List<CommandData> definitions = new ArrayList<>();
    for (BotCommand command : registry.commands()) {
      SlashCommandData slash = Commands.slash(command.name(), TextLimits.trim(command.description(), CommandData.MAX_DESCRIPTION_LENGTH));
      for (OptionSpec spec : command.options()) {
        OptionType type = switch (spec.type()) {
          case INTEGER -> OptionType.INTEGER;
          case CHANNEL -> OptionType.CHANNEL;
          case ATTACHMENT -> OptionType.ATTACHMENT;
          case STRING -> OptionType.STRING;
        };
        OptionData option = new OptionData(type, spec.name(), TextLimits.trim(spec.description(), OptionData.MAX_DESCRIPTION_LENGTH),
            spec.required(), spec.autocomplete() != OptionSpec.Autocomplete.NONE);
        spec.choices().forEach(choice -> option.addChoice(choice.replace('_', ' '), choice));
        if (type == OptionType.CHANNEL) {
          option.setChannelTypes(ChannelType.TEXT, ChannelType.NEWS);
        }
        if (type == OptionType.INTEGER && spec.min() != null) {
          option.setRequiredRange(spec.min(), spec.max());
        } else if (spec.max() != null) {
          option.setMaxLength(spec.max());
        }
        slash.addOptions(option);
      }
      if (command.permission() != org.msan.convene.bot.Permission.EVERYONE) {
        slash.setDefaultPermissions(DefaultMemberPermissions.enabledFor(Permission.MANAGE_EVENTS));
      }
      definitions.add(slash);
    }
    return definitions;
  }

  /** A hash of what would be registered where. */
  static String fingerprint(List<CommandData> definitions, String guildId) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(String.valueOf(guildId).getBytes(StandardCharsets.UTF_8));
      for (CommandData definition : definitions) {
        digest.update(definition.toData().toJson());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * Registers the commands on the network's server and removes any global ones.
   *
   * @return true when the commands were sent to Discord, false when they were already there
   */
  static boolean register(JDA jda, CommandRegistry registry, String guildId, Path stateFile) {
    List<CommandData> definitions = definitions(registry);
    String fingerprint = fingerprint(definitions, guildId);
    try {
      if (Files.exists(stateFile) && Files.readString(stateFile).strip().equals(fingerprint)) {
        return false;
      }
    } catch (IOException e) {
      LOG.warn("cannot read {}; registering the commands again", stateFile);
    }
    Guild guild = jda.getGuildById(guildId);
    if (guild == null) {
      throw new IllegalStateException("the bot is not on the server CONVENE_GUILD_ID=" + guildId + "; invite it first");
    }
    guild.updateCommands().addCommands(definitions).complete();
    // Global commands registered by an earlier version would still reach every server the bot is on.
    jda.updateCommands().complete();
    try {
      Files.createDirectories(stateFile.toAbsolutePath().getParent());
      Files.writeString(stateFile, fingerprint);
    } catch (IOException e) {
      LOG.warn("cannot write {}: the commands will be registered again at the next start", stateFile);
    }
    return true;
  }
}
